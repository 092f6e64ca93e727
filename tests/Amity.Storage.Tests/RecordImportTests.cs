using System.Text;
using Amity.Domain;
using Amity.Storage.Audit;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class RecordImportTests
{
    private static string DevGold => Path.Combine(Paths.Corpus, "dev", "gold.jsonl");
    private static string ReadoutsGold => Path.Combine(Paths.Corpus, "readouts", "gold.jsonl");

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ImportingTheSameFileTwiceShouldChangeNothing(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var first = await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
        var counts = await CountsAsync(db);

        var second = await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);

        first.Added.ShouldBe(File.ReadLines(ReadoutsGold).Count(l => l.Trim().Length > 0));
        second.Added.ShouldBe(0);
        second.Unchanged.ShouldBe(first.Added);
        (await CountsAsync(db)).ShouldBe(counts);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ImportedEngagementsShouldBeStoredAndAuditedAsTheChangeTrackerWouldHave(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        long byHand;
        await using (var db = database.Context())
        {
            // The same engagement saved the ordinary way, to compare the bulk-written rows with.
            var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 3, 5)) { Place = "Nairobi", Mode = EngagementMode.InPerson };
            meeting.AddParticipant(new Participant("Amani Kilonzo", 0, ParticipantRole.Host) { CountryCode = "KE" });
            db.Engagements.Add(meeting);
            await db.SaveChangesAsync();
            byHand = meeting.Id;
            db.Actor = "importer";
            await RecordImporter.ImportAsync(db, [Record("Amani Kilonzo", "Nairobi"), Record("Wen Lisheng", "Kunming")], Verification.Verified);
        }
        await using (var db = database.Context())
        {
            var imported = await db.Engagements.Include(e => e.Participants).ThenInclude(p => p.Person)
                .Include(e => e.Sources).ThenInclude(s => s.Document).Where(e => e.Id != byHand).OrderBy(e => e.Id).ToListAsync();
            imported.Select(e => e.Place).ShouldBe(["Nairobi", "Kunming"]);
            imported.ShouldAllBe(e => e.Id > byHand && e.Version == 1 && e.Fingerprint != null);
            imported[0].Participants.Select(p => p.Person!.Name).ShouldBe(["Amani Kilonzo", "Ren Yiming"], ignoreOrder: true);
            imported[0].Sources.Single().Document.Key.ShouldBe("notes-1");
            // One person however many engagements name them, the imported ones and the one entered by hand.
            (await db.People.CountAsync(p => p.Name == "Ren Yiming")).ShouldBe(1);

            var trail = await db.AuditTrail.Where(a => a.RecordType == "Engagement").OrderBy(a => a.Id).ToListAsync();
            var created = trail.Where(a => a.RecordId == imported[1].Id).ShouldHaveSingleItem();
            (created.Action, created.Entity, created.EntityId, created.Actor).ShouldBe(("created", "Engagement", imported[1].Id, "importer"));
            created.Note.ShouldBe("import of 2 records");
            var fields = System.Text.Json.Nodes.JsonNode.Parse(created.Changes)!.AsObject();
            fields["Place"]!.ToJsonString().ShouldBe("""[null,"Kunming"]""");
            fields["Kind"]!.ToJsonString().ShouldBe("""[null,"Meeting"]""");
            fields["StartsOn"]!.ToJsonString().ShouldBe("""[null,"2024-03-06"]""");
            // Every field the tracker records for a creation, and only those.
            var tracked = System.Text.Json.Nodes.JsonNode.Parse(trail.Single(a => a.RecordId == byHand).Changes)!.AsObject();
            fields.Select(f => f.Key).Except(["Fingerprint", "Verification", "Channel"]).ShouldBe(tracked.Select(f => f.Key).Except(["Verification", "Channel"]), ignoreOrder: true);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task SearchRowsWrittenByAnImportShouldHoldWhatARefreshWouldGive(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Corpus, "readouts", "docs")]);
        await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
        var written = await SearchBodiesAsync(db);

        await Search.FullTextSearch.RefreshAsync(db, await db.Engagements.Select(e => e.Id).ToListAsync());

        var refreshed = await SearchBodiesAsync(db);
        written.Count.ShouldBe(await db.Engagements.CountAsync());
        // Word for word (the order of a row's participants and passages is the database's own in a refresh).
        written.Keys.ShouldBe(refreshed.Keys, ignoreOrder: true);
        foreach (var (id, body) in written)
        {
            body.ShouldBe(refreshed[id], $"engagement {id}");
        }
        written.Values.Sum(b => b.Length).ShouldBeGreaterThan(written.Count * 100, "the rows hold the cited passages");
    }

    private static async Task<Dictionary<long, string>> SearchBodiesAsync(AmityDb db)
    {
        var sql = db.IsPostgres
            ? """SELECT "EngagementId" AS "Id", "Body" FROM "EngagementSearch" """
            : """SELECT rowid AS "Id", "Body" FROM "EngagementSearch" """;
        var rows = await db.Database.SqlQueryRaw<SearchRow>(sql).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => string.Join(' ', r.Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)));
    }

    private sealed record SearchRow(long Id, string Body);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnIdOnceGivenShouldNeverBeGivenAgain(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await RecordImporter.ImportAsync(db, [Record("Amani Kilonzo", "Nairobi"), Record("Wen Lisheng", "Kunming")], Verification.Verified);
        var last = await db.Engagements.MaxAsync(e => e.Id);
        db.Engagements.Remove(await db.Engagements.SingleAsync(e => e.Id == last));
        await db.SaveChangesAsync();

        await RecordImporter.ImportAsync(db, [Record("Ingrid Solberg", "Oslo")], Verification.Verified);
        var oslo = await db.Engagements.SingleAsync(e => e.Place == "Oslo");
        oslo.Id.ShouldBeGreaterThan(last);
        // Ids taken by the import are passed by the ordinary path too.
        var byHand = new Engagement(EngagementKind.Call, new PartialDate(2024, 3, 7));
        db.Engagements.Add(byHand);
        await db.SaveChangesAsync();
        byHand.Id.ShouldBeGreaterThan(oslo.Id);
        (await Restorer.RestoreAsync(db, "Engagement", last)).ShouldBeTrue();
        (await db.Engagements.CountAsync()).ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnImportOfMoreRecordsThanADatabaseTakesParametersShouldStoreEachOnce(string kind)
    {
        // SQLite takes at most 32,766 parameters in a statement: a list longer than that goes as one.
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        const int Count = 33_000;
        var records = Enumerable.Range(0, Count).Select(i => Record($"Guest {i / 12_000}", "Nairobi") with { Date = new DateOnly(1990, 1, 1).AddDays(i % 12_000).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        (await RecordImporter.ImportAsync(db, records, Verification.Verified)).Added.ShouldBe(Count);
        db.ChangeTracker.Clear();
        (await RecordImporter.ImportAsync(db, records, Verification.Verified)).ShouldBe(new ImportResult(0, Count));
        (await db.Engagements.CountAsync()).ShouldBe(Count);
    }

    private static Amity.Domain.Records.EngagementRecord Record(string guest, string place) => new()
    {
        Kind = "meeting",
        Date = "2024-03-06",
        Place = place,
        Mode = "in_person",
        Participants =
        [
            new() { Name = "Ren Yiming", Country = "CN", Side = 0, Role = "host" },
            new() { Name = guest, Side = 1, Role = "guest" },
        ],
        Sources = [new() { Document = "notes-1", Start = 0, End = 10 }],
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task PeopleAndOrganisationsShouldBeMatchedByNameAndAlias(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);

        // The same person across many readouts is one person in the registry.
        var liu = await db.People.Where(p => p.Name == "Liu Jianchao").ToListAsync();
        liu.Count.ShouldBe(1);
        (await db.Participants.CountAsync(p => p.PersonId == liu[0].Id)).ShouldBeGreaterThan(3);
        // "Name (ACRONYM)" gives an organisation with its acronym as an alias, found again by either.
        var withAcronyms = await db.Organisations.Include(o => o.Aliases).Where(o => o.Aliases.Any(a => a.IsAcronym)).ToListAsync();
        withAcronyms.ShouldNotBeEmpty();
        withAcronyms.Select(o => o.Name).ShouldBeUnique();
        // A visit's host country is a country, not a person.
        (await db.People.AnyAsync(p => p.Name == "China")).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ExportThenImportShouldBeLossless(string kind)
    {
        await using var first = await TestDatabase.CreateAsync(kind);
        await using var second = await TestDatabase.CreateAsync(kind);
        var exported = Paths.Temp("export.jsonl");
        await using (var db = first.Context())
        {
            await RecordImporter.ImportFileAsync(db, DevGold, Verification.Verified);
            await ExportAsync(db, exported);
        }
        string again;
        await using (var db = second.Context())
        {
            (await RecordImporter.ImportFileAsync(db, exported, Verification.Verified)).Added.ShouldBe(File.ReadLines(DevGold).Count(l => l.Trim().Length > 0));
            again = Paths.Temp("again.jsonl");
            await ExportAsync(db, again);
            // Importing its own export into the registry it came from changes nothing.
            (await RecordImporter.ImportFileAsync(db, again, Verification.Verified)).Added.ShouldBe(0);
        }
        (await File.ReadAllTextAsync(again)).ShouldBe(await File.ReadAllTextAsync(exported));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheExportShouldReproduceEveryGoldRecord(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await RecordImporter.ImportFileAsync(db, DevGold, Verification.Verified);
        var exported = Paths.Temp("export.jsonl");
        await ExportAsync(db, exported);

        var gold = RecordImporter.Parse(DevGold).Select(r => r.Record).ToList();
        var back = RecordImporter.Parse(exported).Select(r => r.Record).ToDictionary(r => r.Id!);
        back.Count.ShouldBe(gold.Count);
        foreach (var g in gold)
        {
            var e = back[g.Id!];
            (e.Kind, e.Date, e.EndDate, e.Mode, e.Place, e.EventName).ShouldBe((g.Kind, g.Date, g.EndDate, g.Mode, g.Place, g.EventName), g.Id);
            e.Participants.Select(p => (p.Name, p.Title, p.Organization, p.Country, p.Side, p.Role, p.Principal ?? false, p.LeadsDelegation ?? false))
                .ShouldBe(g.Participants.Select(p => (p.Name, p.Title, p.Organization, p.Country, p.Side, p.Role, p.Principal ?? false, p.LeadsDelegation ?? false)), g.Id);
            e.Sources.Select(s => (s.Document, s.Start, s.End, s.Evidence)).ShouldBe(g.Sources.Select(s => (s.Document, s.Start, s.End, s.Evidence)), g.Id);
        }
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "malformed JSON", "{\"kind\": \"meeting\", \"participants\": [", ":2", "malformed JSON" },
        { "unknown country", Record("meeting", "\"2024-02-27\"", "null", "\"XX\"", "0"), "participants[0].country", "unknown country code 'XX'" },
        { "end before start", Record("visit", "\"2024-03-02\"", "\"2024-02-27\"", "\"CN\"", "0"), "end_date", "is before date" },
        { "unknown kind", Record("banquet", "\"2024-02-27\"", "null", "\"CN\"", "0"), "kind", "'banquet'" },
        { "wrong type", Record("meeting", "\"2024-02-27\"", "null", "\"CN\"", "\"first\""), "participants[0].side", "malformed JSON" },
    };

    private static string Record(string kind, string date, string endDate, string country, string side) =>
        $$"""{"kind": "{{kind}}", "date": {{date}}, "end_date": {{endDate}}, "participants": [{"name": "Wen Lisheng", "country": {{country}}, "side": {{side}}, "role": "host"}], "sources": []}""";

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task BadInputShouldNameItsPlaceAndStoreNothing(string _, string badLine, string expectedField, string expectedMessage)
    {
        foreach (var kind in new[] { TestDatabase.Sqlite, TestDatabase.Postgres })
        {
            await using var database = await TestDatabase.CreateAsync(kind);
            await using var db = database.Context();
            await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
            var before = await CountsAsync(db);
            // A good first line, then the bad one: the good line must not be stored either.
            var good = File.ReadLines(DevGold).First();
            var path = Paths.Temp("bad.jsonl");
            await File.WriteAllTextAsync(path, good + "\n" + badLine + "\n");

            var error = await Should.ThrowAsync<ImportException>(() => RecordImporter.ImportFileAsync(db, path, Verification.Verified));

            var message = error.Message;
            message.ShouldContain(path + ":2");
            message.ShouldContain(expectedField.StartsWith(':') ? expectedField : $"field '{expectedField}'");
            message.ShouldContain(expectedMessage);
            (await CountsAsync(db)).ShouldBe(before);
        }
    }

    [Fact]
    public void AFileThatIsNotUtf8ShouldBeRejectedWithItsLine()
    {
        var path = Paths.Temp("latin1.jsonl");
        var bytes = Encoding.UTF8.GetBytes("{\"kind\": \"meeting\"}\n{\"place\": \"Bras").Concat(new byte[] { 0xED, 0x6C, 0x69, 0x61 }).ToArray();
        File.WriteAllBytes(path, bytes);
        var error = Should.Throw<ImportException>(() => RecordImporter.Parse(path));
        error.Message.ShouldContain(path + ":2");
        error.Message.ShouldContain("not UTF-8");
    }

    [Fact]
    public void AMissingFileShouldBeNamed()
    {
        var error = Should.Throw<ImportException>(() => RecordImporter.Parse("/nonexistent/records.jsonl"));
        error.Message.ShouldBe("/nonexistent/records.jsonl: no such file");
    }

    internal static async Task ExportAsync(AmityDb db, string path)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        await RecordExporter.ExportAsync(db, writer);
    }

    internal static async Task<(int Engagements, int Participants, int Sources, int People, int Organisations, int Documents)> CountsAsync(AmityDb db) => (
        await db.Engagements.CountAsync(), await db.Participants.CountAsync(), await db.Sources.CountAsync(),
        await db.People.CountAsync(), await db.Organisations.CountAsync(), await db.Documents.CountAsync());
}
