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

        // The year's participants are read once, through the engagements' date index, and counted here: the
        // grouped queries SQLite would otherwise run each scan every participant ever recorded.
        var taking = await held.SelectMany(e => e.Participants)
            .Select(p => new { p.EngagementId, p.CountryCode, p.OrganisationId, p.PersonId, p.Side })
            .ToListAsync(cancellationToken);
        var countries = taking.Where(p => p.CountryCode != null)
            .GroupBy(p => p.CountryCode!)
            .Select(g => new Tally(g.Key, g.Select(p => p.EngagementId).Distinct().Count()))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Label, StringComparer.Ordinal).Take(10).ToList();
        var counts = taking.Where(p => p.OrganisationId != null)
            .GroupBy(p => p.OrganisationId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(p => p.EngagementId).Distinct().Count());
        // Counterparts are the people (else organisations) met on the other side: side 0 is the reporting side.
        var counterparts = taking.Where(p => p.Side > 0 && p.PersonId != null).Select(p => p.PersonId).Distinct().Count()
            + taking.Where(p => p.Side > 0 && p.PersonId == null && p.OrganisationId != null).Select(p => p.OrganisationId).Distinct().Count();
        // Partners of the two years before that were met least (or not at all) this year; ties go to the longest known.
        var earlier = db.Engagements.Where(e => e.Status == EngagementStatus.Held && e.StartsOn >= first.AddYears(-2) && e.StartsOn < first);
        var recentPartners = await earlier.SelectMany(e => e.Participants)
            .Where(p => p.OrganisationId != null).Select(p => p.OrganisationId!.Value).Distinct().ToListAsync(cancellationToken);
        var topIds = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(10).Select(c => c.Key).ToList();
        var quietIds = recentPartners.OrderBy(id => counts.GetValueOrDefault(id)).ThenBy(id => id).Take(10).ToList();
        var names = await OrganisationNamesAsync(db, topIds.Concat(quietIds).Distinct().ToList(), cancellationToken);
        var top = topIds.Select(id => new PartnerTally(id, names[id].Name, names[id].Country, counts[id])).ToList();
        var quiet = quietIds.Select(id => new PartnerTally(id, names[id].Name, names[id].Country, counts.GetValueOrDefault(id))).ToList();

        var overdue = await DialogueQueries.OverdueAsync(db, today, cancellationToken);
        var delegations = await DelegationQueries.PlannedAsync(db, today, today.AddDays(PlannedHorizonDays), cancellationToken);
        var anniversaries = await CalendarQueries.AnniversariesAsync(db, today, today.AddDays(AnniversaryHorizonDays), cancellationToken);
        var awaiting = await db.Engagements.CountAsync(e => e.Verification == Verification.Extracted, cancellationToken);

        return new DashboardView(y, Summarise(rows.Count, rows.Count(r => r.Kind is EngagementKind.Meeting or EngagementKind.Talks or EngagementKind.Call),
                counterparts, rows.Count(r => r.Kind == EngagementKind.Event), rows.Count(r => r.Mode == EngagementMode.Video)),
            rows.Count, byMonth, byKind, byMode, byChannel,
            countries, top, quiet, overdue, delegations, anniversaries, awaiting);
    }

    /// <summary>"87 meetings and calls with 64 counterparts, 22 events, 31% by video".</summary>
    public static string Summarise(int total, int meetingsAndCalls, int counterparts, int events, int video) =>
        total == 0
            ? "No engagements held this year yet."
            : string.Create(CultureInfo.InvariantCulture,
                $"{Plural(meetingsAndCalls, "meeting and call", "meetings and calls")} with {Plural(counterparts, "counterpart", "counterparts")}, {Plural(events, "event", "events")}, {Math.Round(100.0 * video / total)}% by video");

    private static string Plural(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");

    private static async Task<Dictionary<long, (string Name, string? Country)>> OrganisationNamesAsync(AmityDb db, List<long> ids, CancellationToken cancellationToken) =>
        (await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id, o => (o.Name, o.CountryCode));
}
