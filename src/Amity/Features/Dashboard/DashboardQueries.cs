using System.Globalization;
using Amity.Domain;
using Amity.Features.Countries;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Dashboard;

public sealed record Tally(string Label, int Count);

public sealed record PartnerTally(long Id, string Name, string? Country, int Count);

public sealed record OverdueRound(long MechanismId, string Mechanism, string Track, string? LastRound, string Due);

public sealed record PlannedDelegation(long Id, string Name, string Direction, string? Country, string? Start, string? End, string Status);

public sealed record Anniversary(string What, string Date, int Years);

/// <summary>A year at a glance: what was done, with whom, by which means, and what is due.</summary>
public sealed record DashboardView(
    int Year, string Summary, int Total, IReadOnlyList<Tally> ByMonth, IReadOnlyList<Tally> ByKind, IReadOnlyList<Tally> ByMode,
    IReadOnlyList<Tally> ByChannel, IReadOnlyList<Tally> TopCountries, IReadOnlyList<PartnerTally> TopPartners,
    IReadOnlyList<PartnerTally> QuietPartners, IReadOnlyList<OverdueRound> OverdueRounds, IReadOnlyList<PlannedDelegation> PlannedDelegations,
    IReadOnlyList<Anniversary> Anniversaries, int AwaitingReview);

public static class DashboardQueries
{
    private const int AnniversaryHorizonDays = 90;

    public static async Task<DashboardView> GetAsync(AmityDb db, int? year, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var y = year ?? today.Year;
        var (first, last) = (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        // Only what was held counts as done; planned and cancelled engagements are not the year's record.
        var held = db.Engagements.Where(e => e.Status == EngagementStatus.Held && e.StartsOn >= first && e.StartsOn <= last);
        var rows = await held.Select(e => new { e.Kind, e.Mode, e.Channel, e.StartsOn }).ToListAsync(cancellationToken);

        var byMonth = Enumerable.Range(1, 12)
            .Select(m => new Tally(CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m), rows.Count(r => r.StartsOn!.Value.Month == m)))
            .ToList();
        var byKind = Enum.GetValues<EngagementKind>().Select(k => new Tally(Codes.Of(k), rows.Count(r => r.Kind == k))).Where(t => t.Count > 0).ToList();
        var byMode = Enum.GetValues<EngagementMode>().Select(m => new Tally(Codes.Of(m), rows.Count(r => r.Mode == m)))
            .Append(new Tally("unknown", rows.Count(r => r.Mode is null))).Where(t => t.Count > 0).ToList();
        var byChannel = Enum.GetValues<Channel>().Select(c => new Tally(Codes.Of(c), rows.Count(r => r.Channel == c)))
            .Append(new Tally("unset", rows.Count(r => r.Channel is null))).Where(t => t.Count > 0).ToList();

        var participants = db.Participants.Where(p => held.Any(e => e.Id == p.EngagementId));
        var countries = await participants.Where(p => p.CountryCode != null)
            .GroupBy(p => p.CountryCode!)
            .Select(g => new { Code = g.Key, Count = g.Select(p => p.EngagementId).Distinct().Count() })
            .OrderByDescending(x => x.Count).Take(10)
            .ToListAsync(cancellationToken);
        var partnerCounts = await participants.Where(p => p.OrganisationId != null)
            .GroupBy(p => p.OrganisationId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Select(p => p.EngagementId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        // Partners of the two years before that were met least (or not at all) this year.
        var earlier = db.Engagements.Where(e => e.Status == EngagementStatus.Held && e.StartsOn >= first.AddYears(-2) && e.StartsOn < first);
        var recentPartners = await db.Participants
            .Where(p => p.OrganisationId != null && earlier.Any(e => e.Id == p.EngagementId))
            .Select(p => p.OrganisationId!.Value).Distinct().ToListAsync(cancellationToken);
        var names = await OrganisationNamesAsync(db, partnerCounts.Select(p => p.Id).Concat(recentPartners).Distinct().ToList(), cancellationToken);
        var counts = partnerCounts.ToDictionary(p => p.Id, p => p.Count);
        var top = partnerCounts.OrderByDescending(p => p.Count).ThenBy(p => names[p.Id].Name, StringComparer.Ordinal).Take(10)
            .Select(p => new PartnerTally(p.Id, names[p.Id].Name, names[p.Id].Country, p.Count)).ToList();
        var quiet = recentPartners.Select(id => new PartnerTally(id, names[id].Name, names[id].Country, counts.GetValueOrDefault(id)))
            .OrderBy(p => p.Count).ThenBy(p => p.Name, StringComparer.Ordinal).Take(10).ToList();

        var mechanisms = await db.Mechanisms.Include(m => m.Rounds).AsNoTracking().ToListAsync(cancellationToken);
        var overdue = mechanisms.Where(m => m.IsOverdue(today))
            .Select(m => new OverdueRound(m.Id, m.Name, Codes.Of(m.Track), Format.Iso(m.LastRound(today)?.StartsOn), Format.Iso(m.NextRoundDue(today))!))
            .ToList();
        var horizon = today.AddDays(31);
        var delegations = (await db.Delegations
                .Where(d => (d.Status == EngagementStatus.Planned || d.Status == EngagementStatus.Confirmed) && d.Start >= today && d.Start <= horizon)
                .OrderBy(d => d.Start)
                .AsNoTracking()
                .ToListAsync(cancellationToken))
            .Select(d => new PlannedDelegation(d.Id, d.Name, Codes.Of(d.Direction), d.CountryCode, Format.Iso(d.Start), Format.Iso(d.End), Codes.Of(d.Status)))
            .ToList();
        var anniversaries = await AnniversariesAsync(db, today, cancellationToken);
        var awaiting = await db.Engagements.CountAsync(e => e.Verification == Verification.Extracted, cancellationToken);

        return new DashboardView(y, Summarise(rows.Count, rows.Count(r => r.Kind is EngagementKind.Meeting or EngagementKind.Talks or EngagementKind.Call),
                await CounterpartsAsync(participants, cancellationToken), rows.Count(r => r.Kind == EngagementKind.Event), rows.Count(r => r.Mode == EngagementMode.Video)),
            rows.Count, byMonth, byKind, byMode, byChannel,
            countries.Select(c => new Tally(c.Code, c.Count)).ToList(), top, quiet, overdue, delegations, anniversaries, awaiting);
    }

    /// <summary>"87 meetings and calls with 64 counterparts, 22 events, 31% by video".</summary>
    public static string Summarise(int total, int meetingsAndCalls, int counterparts, int events, int video) =>
        total == 0
            ? "No engagements held this year yet."
            : string.Create(CultureInfo.InvariantCulture,
                $"{Plural(meetingsAndCalls, "meeting and call", "meetings and calls")} with {Plural(counterparts, "counterpart", "counterparts")}, {Plural(events, "event", "events")}, {Math.Round(100.0 * video / total)}% by video");

    private static string Plural(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    // Counterparts are the people (else organisations) met on the other side: side 0 is the reporting side.
    private static async Task<int> CounterpartsAsync(IQueryable<Participant> participants, CancellationToken cancellationToken)
    {
        var people = await participants.Where(p => p.Side > 0 && p.PersonId != null).Select(p => p.PersonId).Distinct().CountAsync(cancellationToken);
        var organisations = await participants.Where(p => p.Side > 0 && p.PersonId == null && p.OrganisationId != null).Select(p => p.OrganisationId).Distinct().CountAsync(cancellationToken);
        return people + organisations;
    }

    private static async Task<Dictionary<long, (string Name, string? Country)>> OrganisationNamesAsync(AmityDb db, List<long> ids, CancellationToken cancellationToken) =>
        (await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => (o.Name, o.CountryCode));

    /// <summary>Anniversaries of relationships and founding dates in the next 90 days, soonest first.</summary>
    public static async Task<IReadOnlyList<Anniversary>> AnniversariesAsync(AmityDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var until = today.AddDays(AnniversaryHorizonDays);
        var result = new List<Anniversary>();
        foreach (var r in await db.Relationships.Include(r => r.OrganisationA).Include(r => r.OrganisationB).AsNoTracking().ToListAsync(cancellationToken))
        {
            if (r.NextAnniversary(today) is { } next && next.Date <= until)
            {
                var what = r.Kind == RelationshipKind.DiplomaticRelations
                    ? $"Diplomatic relations {CountryNames.Of(r.CountryA)}–{CountryNames.Of(r.CountryB)}"
                    : $"{(r.Kind == RelationshipKind.SisterCities ? "Sister cities" : "Partnership")} {r.OrganisationA?.Name} – {r.OrganisationB?.Name}";
                result.Add(new Anniversary(what, Format.Iso(next.Date)!, next.Years));
            }
        }
        foreach (var o in await db.Organisations.Where(o => o.Founded != null).Select(o => new { o.Name, o.Founded }).ToListAsync(cancellationToken))
        {
            var next = Anniversaries.Next(o.Founded!.Value, today);
            if (next.Date <= until)
            {
                result.Add(new Anniversary($"Founding of {o.Name}", Format.Iso(next.Date)!, next.Years));
            }
        }
        return result.OrderBy(a => a.Date, StringComparer.Ordinal).ToList();
    }
}
