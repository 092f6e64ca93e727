using System.Text.Json;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

public sealed record ImportResult(int Added, int Unchanged, int DocumentsAdded = 0);

/// <summary>
/// Loads engagement records (JSON Lines, the annotation guide's format). The whole file is read and
/// checked before anything is written, and written in one transaction: a bad line leaves the registry
/// as it was. Records already stored (same fingerprint) are skipped, so importing a file twice changes nothing.
/// </summary>
public static class RecordImporter
{
    public static IReadOnlyList<(int Line, EngagementRecord Record)> Parse(string path)
    {
        var text = TextFiles.ReadUtf8(path);
        var name = path;
        var records = new List<(int, EngagementRecord)>();
        var problems = new List<InputProblem>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            EngagementRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, EngagementRecord.JsonContract);
            }
            catch (JsonException e)
            {
                var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
                problems.Add(new InputProblem(name, lineNumber, field, $"malformed JSON: {FirstSentence(e.Message)}"));
                continue;
            }
            if (record is null)
            {
                problems.Add(new InputProblem(name, lineNumber, null, "expected a JSON object, found null"));
                continue;
            }
            foreach (var (field, message) in RecordRules.Validate(record))
            {
                problems.Add(new InputProblem(name, lineNumber, field, message));
            }
            records.Add((lineNumber, record));
        }
        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }
        return records;
    }

    public static async Task<ImportResult> ImportFileAsync(AmityDb db, string path, Verification verification, CancellationToken cancellationToken = default)
    {
        var records = Parse(path).Select(r => r.Record).ToList();
        db.ChangeNote ??= $"import of {Path.GetFileName(path)}";
        return await ImportAsync(db, records, verification, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Stores valid records in one transaction; records whose fingerprint is already stored are skipped.
    /// Given <paramref name="sameEngagement"/>, a record that reports an engagement already stored (another
    /// readout of the same meeting) is merged into it, adding its sources, instead of stored twice.
    /// </summary>
    public static async Task<ImportResult> ImportAsync(
        AmityDb db, IReadOnlyList<EngagementRecord> records, Verification verification,
        Func<EngagementRecord, EngagementRecord, bool>? sameEngagement = null, CancellationToken cancellationToken = default)
    {
        // Matched against every stored record, restricted or not, so none is stored twice.
        using var everything = db.SeeingEverything();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.OwnTransactionAsync(cancellationToken);
            if (db.IsPostgres)
            {
                // Imports take turns from here to their commit: two workers storing reports of the same meeting at
                // once would each find nothing stored and store it twice. (SQLite's write lock already serialises.)
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7297101)", cancellationToken);
            }
            // On every core: hashing each record's canonical form is the largest share of a large import's own work.
            var fingerprints = records.AsParallel().AsOrdered().Select(RecordRules.Fingerprint).ToList();
            var known = await db.Engagements
                .Where(e => e.Fingerprint != null && EF.Parameter(fingerprints).Contains(e.Fingerprint))
                .Select(e => e.Fingerprint!)
                .ToListAsync(cancellationToken);
            var seen = known.ToHashSet(StringComparer.Ordinal);
            var registry = await RegistryIndex.LoadAsync(db, cancellationToken);
            var documents = await DocumentCache.LoadAsync(db, records.SelectMany(r => r.Sources).Select(s => s.Document!), cancellationToken);
            var mechanisms = await db.Mechanisms
                .Include(m => m.Rounds).ThenInclude(r => r.Participants).ThenInclude(p => p.Organisation)
                .Include(m => m.Rounds).ThenInclude(r => r.Sources).ThenInclude(s => s.Document)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            var stored = sameEngagement is null ? [] : await StoredCandidatesAsync(db, records, cancellationToken);
            // Each stored candidate as a record once (and again only when a merge changes it), not once per record imported.
            var storedRecords = stored.Select(RecordExporter.ToRecord).ToList();
            var changed = new List<Engagement>();
            var added = new List<Engagement>();
            // Entities are added, not edited, so EF need not rescan every tracked entity on each Add.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < records.Count; i++)
            {
                if (!seen.Add(fingerprints[i]))
                {
                    continue;
                }
                var engagement = ToEngagement(records[i], registry, documents, verification);
                engagement.Fingerprint = fingerprints[i];
                if (Restrictions.KnownOnlyFromRestricted(engagement))
                {
                    engagement.Restrict(true);
                }
                // A report already stored (its spans cited by a record of the same kind) is not stored again, even
                // when what extraction makes of it has changed since (a name now resolved against the registry).
                var at = sameEngagement is null ? -1 : stored.FindIndex(e => e.Kind == engagement.Kind && e.CitesAllOf(engagement));
                if (sameEngagement is not null && at < 0)
                {
                    at = storedRecords.FindIndex(r => sameEngagement(r, records[i]));
                }
                if (at >= 0)
                {
                    var same = stored[at];
                    if (!same.CitesAllOf(engagement))
                    {
                        same.MergeFrom(engagement);
                        storedRecords[at] = RecordExporter.ToRecord(same);
                        if (!changed.Contains(same))
                        {
                            changed.Add(same);
                        }
                    }
                    continue;
                }
                var (round, merged) = AsRound(engagement, mechanisms);
                if (round is not null)
                {
                    if (merged && !changed.Contains(round))
                    {
                        changed.Add(round);
                    }
                    continue;
                }
                if (engagement.RoundNumber is not null)
                {
                    // A new round joined its mechanism, which the change tracker follows.
                    db.Engagements.Add(engagement);
                    changed.Add(engagement);
                    continue;
                }
                added.Add(engagement);
            }
            db.ChangeTracker.DetectChanges();
            db.ChangeNote ??= $"import of {records.Count} records";
            var note = db.ChangeNote;
            // What the new engagements point to (people, organisations, documents) and the merges first, through the
            // tracker; then the new engagements themselves in bulk.
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await FullTextSearch.RefreshAsync(db, changed.Select(e => e.Id).ToList(), cancellationToken);
            await BulkInsert.WriteAsync(db, added, note, cancellationToken);
            changed.AddRange(added);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return new ImportResult(changed.Count, records.Count - changed.Count, documents.Created);
        });
    }

    /// <summary>
    /// Imports a large batch (an archive) as <see cref="BulkLoad"/> describes: on PostgreSQL the engagement tables'
    /// secondary indexes and foreign keys are rebuilt once at the end instead of kept row by row, in the same one
    /// transaction. Elsewhere an ordinary import.
    /// </summary>
    public static async Task<ImportResult> LoadAsync(AmityDb db, IReadOnlyList<EngagementRecord> records, Verification verification, CancellationToken cancellationToken = default)
    {
        if (!db.IsPostgres)
        {
            return await ImportAsync(db, records, verification, cancellationToken: cancellationToken);
        }
        await using var transaction = await db.OwnTransactionAsync(cancellationToken);
        var load = await BulkLoad.BeginAsync(db, cancellationToken);
        var result = await ImportAsync(db, records, verification, cancellationToken: cancellationToken);
        await load.EndAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Applies a corrected record to a stored engagement: its kind, dates, place, mode, channel, status, event and
    /// participants (matched to the registry as an import would); its sources and fingerprint stay, so importing the
    /// original again changes nothing. The record must be valid. False when there is no such engagement.
    /// </summary>
    /// <param name="expectedVersion">The version the editor read; when given, a record saved since then is not overwritten.</param>
    public static async Task<bool> ReviseAsync(AmityDb db, long id, EngagementRecord record, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        var stored = await db.Engagements.Include(e => e.Participants).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (stored is null)
        {
            return false;
        }
        if (expectedVersion is { } expected)
        {
            if (stored.Version != expected)
            {
                throw await ConflictAsync(db, id, cancellationToken);
            }
            // The update then matches the version read, so a save in between (even now) makes it fail.
            db.Entry(stored).Property(e => e.Version).OriginalValue = expected;
        }
        var registry = await RegistryIndex.LoadAsync(db, cancellationToken);
        var documents = await DocumentCache.LoadAsync(db, [], cancellationToken);
        var revised = ToEngagement(record with { Sources = [] }, registry, documents, stored.Verification);
        stored.Kind = revised.Kind;
        stored.SetDates(revised.Date, revised.EndDate);
        stored.Mode = revised.Mode;
        stored.Place = revised.Place;
        stored.EventName = revised.EventName;
        stored.Channel = record.Channel is null ? stored.Channel ?? revised.Channel : revised.Channel;
        stored.Status = revised.Status;
        stored.Verification = revised.Verification;
        stored.ReplaceParticipants(revised.Participants);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw await ConflictAsync(db, id, cancellationToken);
        }
        await FullTextSearch.RefreshAsync(db, [id], cancellationToken);
        return true;
    }

    /// <summary>The refusal of a stale edit, saying who changed the record last and when.</summary>
    private static async Task<ConcurrencyConflictException> ConflictAsync(AmityDb db, long id, CancellationToken cancellationToken)
    {
        var last = await db.AuditTrail.Where(a => a.RecordType == nameof(Engagement) && a.RecordId == id)
            .OrderByDescending(a => a.Id).Select(a => new { a.Actor, a.At }).FirstOrDefaultAsync(cancellationToken);
        var by = last is null ? "someone else" : $"{last.Actor} at {last.At:yyyy-MM-dd HH:mm} UTC";
        return new ConcurrencyConflictException(
            $"Engagement {id} was changed by {by} after you opened it; your changes were not saved. Reload it to see the current version, then make your changes again.");
    }

    /// <summary>Stored engagements a record may report again: those on the same days, and those citing the same documents.</summary>
    private static async Task<List<Engagement>> StoredCandidatesAsync(AmityDb db, IReadOnlyList<EngagementRecord> records, CancellationToken cancellationToken)
    {
        var days = records
            .Select(r => PartialDate.TryParse(r.Date, out var d) ? d.First : (DateOnly?)null)
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        var documents = records.SelectMany(r => r.Sources).Select(s => s.Document!).Distinct().ToList();
        // Two indexed lookups, by day and by cited document, rather than one OR that scans every engagement.
        var ids = await db.Engagements.Where(e => e.StartsOn != null && EF.Parameter(days).Contains(e.StartsOn.Value)).Select(e => e.Id)
            .Union(db.Sources.Where(s => EF.Parameter(documents).Contains(s.Document.Key)).Select(s => s.EngagementId))
            .ToListAsync(cancellationToken);
        return await db.Engagements
            .Where(e => EF.Parameter(ids).Contains(e.Id))
            .Include(e => e.Participants)
            .Include(e => e.Sources).ThenInclude(s => s.Document)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A report of a dialogue mechanism's round joins the round already recorded (from a seed, or another
    /// report), so a round is one record with all its sources; a report of a round not yet recorded
    /// becomes that round. Returns the round a report belongs to (null when it stands alone) and whether
    /// merging it changed that round.
    /// </summary>
    private static (Engagement? Round, bool Merged) AsRound(Engagement report, List<DialogueMechanism> mechanisms)
    {
        if (report.EventName is not { } name || mechanisms.FirstOrDefault(m => m.IsNamedIn(name)) is not { } mechanism)
        {
            return (null, false);
        }
        if (mechanism.RoundFor(name, report.Date) is { } round)
        {
            // Already merged by an earlier import of the same report: nothing changes.
            if (round.CitesAllOf(report) || round.Fingerprint == report.Fingerprint)
            {
                return (round, false);
            }
            round.MergeFrom(report);
            round.Fingerprint ??= report.Fingerprint;
            return (round, true);
        }
        if (Ordinals.RoundNumber(name) is { } number)
        {
            mechanism.AddRound(report, number);
        }
        return (null, false);
    }

    private static Engagement ToEngagement(EngagementRecord record, RegistryIndex registry, DocumentCache documents, Verification verification)
    {
        var engagement = new Engagement(
            Codes.Parse<EngagementKind>(record.Kind!, "kind"),
            record.Date is null ? null : PartialDate.Parse(record.Date, "date"),
            record.EndDate is null ? null : PartialDate.Parse(record.EndDate, "end_date"))
        {
            Mode = record.Mode is null ? null : Codes.Parse<EngagementMode>(record.Mode, "mode"),
            Place = record.Place,
            EventName = record.EventName,
            Channel = record.Channel is null ? null : Codes.Parse<Channel>(record.Channel, "channel"),
            Status = record.Status is null ? EngagementStatus.Held : Codes.Parse<EngagementStatus>(record.Status, "status"),
            Verification = record.Verification is null ? verification : Codes.Parse<Verification>(record.Verification, "verification"),
            Confidence = record.Confidence,
            ExternalId = record.Id,
        };
        foreach (var p in record.Participants)
        {
            var participant = new Participant(p.Name, p.Side, Codes.Parse<ParticipantRole>(p.Role!, "role"))
            {
                Title = p.Title,
                OrganisationName = p.Organization,
                CountryCode = p.Country?.ToUpperInvariant(),
                IsPrincipal = p.Principal ?? false,
                LeadsDelegation = p.LeadsDelegation ?? false,
            };
            Link(participant, record, registry);
            engagement.AddParticipant(participant);
        }
        engagement.Channel ??= Channels.Infer(engagement.Participants.Select(p => p.Organisation).OfType<Organisation>().Select(o => o.Kind));
        foreach (var s in record.Sources)
        {
            var document = documents.Get(s.Document!);
            engagement.AddSource(document, s.Start, s.End, s.Evidence);
        }
        return engagement;
    }

    /// <summary>
    /// Links a participant to what it names: a country (a visit's host), an organisation (an institute
    /// as sender), the event itself (a letter to a forum), or else a person, with their organisation.
    /// </summary>
    private static void Link(Participant participant, EngagementRecord record, RegistryIndex registry)
    {
        if (participant.Name is not { } name)
        {
            return;
        }
        var country = participant.CountryCode;
        if (participant.Title is null && participant.OrganisationName is null && RegistryIndex.IsCountryName(name, country))
        {
            return;
        }
        if (record.EventName is not null && NameKey.Of(name) == NameKey.Of(record.EventName))
        {
            return;
        }
        Organisation? organisation = participant.OrganisationName is null
            ? null
            : registry.FindOrCreateOrganisation(participant.OrganisationName, country);
        if (organisation is not null && organisation.Names.Any(n => NameKey.Of(n) == NameKey.Of(name)))
        {
            participant.LinkOrganisation(organisation);
            return;
        }
        if (organisation is null && participant.Title is null && registry.FindOrganisation(name, country) is { } named)
        {
            participant.LinkOrganisation(named);
            return;
        }
        participant.LinkPerson(registry.FindOrCreatePerson(name, country));
        participant.LinkOrganisation(organisation);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    /// <summary>
    /// Documents cited by key, loaded in one query before the first write (a query per record would make
    /// EF scan every tracked entity each time). One cited but not yet stored is created without text, to
    /// receive it on a later import.
    /// </summary>
    private sealed class DocumentCache
    {
        private readonly AmityDb _db;
        private readonly Dictionary<string, Document> _byKey;

        private DocumentCache(AmityDb db, Dictionary<string, Document> byKey)
        {
            _db = db;
            _byKey = byKey;
        }

        public int Created { get; private set; }

        public static async Task<DocumentCache> LoadAsync(AmityDb db, IEnumerable<string> keys, CancellationToken cancellationToken)
        {
            var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
            var byKey = new Dictionary<string, Document>(StringComparer.Ordinal);
            foreach (var chunk in wanted.Chunk(5000))
            {
                foreach (var document in await db.Documents.Where(d => chunk.Contains(d.Key)).ToListAsync(cancellationToken))
                {
                    byKey[document.Key] = document;
                }
            }
            return new DocumentCache(db, byKey);
        }

        public Document Get(string key)
        {
            if (!_byKey.TryGetValue(key, out var document))
            {
                document = new Document(key, "");
                _db.Documents.Add(document);
                _byKey[key] = document;
                Created++;
            }
            return document;
        }
    }
}
