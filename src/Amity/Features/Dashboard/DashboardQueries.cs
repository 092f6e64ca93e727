using System.Globalization;
using Amity.Domain;
using Amity.Features.Calendar;
using Amity.Features.Countries;
using Amity.Features.Delegations;
using Amity.Features.Dialogues;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Dashboard;

public sealed record Tally(string Label, int Count);

public sealed record PartnerTally(long Id, string Name, string? Country, int Count);

/// <summary>A year at a glance: what was done, with whom, by which means, and what is due.</summary>
public sealed record DashboardView(
    int Year, string Summary, int Total, IReadOnlyList<Tally> ByMonth, IReadOnlyList<Tally> ByKind, IReadOnlyList<Tally> ByMode,
    IReadOnlyList<Tally> ByChannel, IReadOnlyList<Tally> TopCountries, IReadOnlyList<PartnerTally> TopPartners,
    IReadOnlyList<PartnerTally> QuietPartners, IReadOnlyList<DialogueSummary> OverdueRounds, IReadOnlyList<DelegationSummary> PlannedDelegations,
    IReadOnlyList<Anniversary> Anniversaries, int AwaitingReview);

public static class DashboardQueries
{
    private const int AnniversaryHorizonDays = 90;
    private const int PlannedHorizonDays = 31;

    public static async Task<DashboardView> GetAsync(AmityDb db, int? year, TimeProvider clock, CancellationToken cancellationToken)
    {
        var today = clock.Today();
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

        var overdue = await DialogueQueries.OverdueAsync(db, today, cancellationToken);
        var delegations = await DelegationQueries.PlannedAsync(db, today, today.AddDays(PlannedHorizonDays), cancellationToken);
        var anniversaries = await CalendarQueries.AnniversariesAsync(db, today, today.AddDays(AnniversaryHorizonDays), cancellationToken);
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
}
