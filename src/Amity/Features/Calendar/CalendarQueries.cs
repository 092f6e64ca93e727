using System.Globalization;
using Amity.Domain;
using Amity.Features.Delegations;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Calendar;

/// <summary>A recurrence of a relationship's start or an organisation's founding.</summary>
public sealed record Anniversary(string What, string Kind, string Date, int Years);

/// <summary>One line of the calendar: an engagement, a delegation or an anniversary, with the page it links to.</summary>
public sealed record CalendarEntry(string Date, string? EndDate, string Kind, string What, string Status, string? Link);

public sealed record CalendarMonth(string Month, string Previous, string Next, IReadOnlyList<CalendarEntry> Entries, int HeldEngagements);

/// <summary>What falls in a stretch of days: upcoming engagements, planned delegations, anniversaries.</summary>
public static class CalendarQueries
{
    /// <summary>Parses "2026-12"; null when the text is no month.</summary>
    public static DateOnly? ParseMonth(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static async Task<CalendarMonth> MonthAsync(AmityDb db, DateOnly firstDay, CancellationToken cancellationToken)
    {
        var from = new DateOnly(firstDay.Year, firstDay.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var entries = new List<CalendarEntry>();

        // Meetings of a delegation's programme show under the delegation, not twice.
        var upcoming = await db.Engagements
            .Where(e => (e.Status == EngagementStatus.Planned || e.Status == EngagementStatus.Confirmed) && e.StartsOn >= from && e.StartsOn <= to && e.DelegationId == null)
            .OrderBy(e => e.StartsOn).Take(500)
            .Select(e => new { e.Id, e.StartsOn, e.EndsOn, e.Kind, e.Status, e.EventName, e.Place, e.RoundNumber, Title = e.Summary })
            .AsNoTracking().ToListAsync(cancellationToken);
        entries.AddRange(upcoming.Select(e => new CalendarEntry(
            Format.Iso(e.StartsOn)!, Format.Iso(e.EndsOn), Codes.Of(e.Kind),
            e.EventName is null ? Format.Label(Codes.Of(e.Kind)) + (e.Place is null ? "" : $" in {e.Place}") : e.RoundNumber is { } n ? $"{e.EventName}, round {n}" : e.EventName,
            Codes.Of(e.Status), $"/engagements/{e.Id}")));

        entries.AddRange((await DelegationQueries.PlannedAsync(db, from, to, cancellationToken)).Select(d => new CalendarEntry(
            d.Start!, d.End, "delegation", $"{d.Name} ({Format.Label(d.Direction)}{(d.Country is null ? "" : ", " + CountryNames.Of(d.Country))})", d.Status, $"/delegations/{d.Id}")));

        entries.AddRange((await AnniversariesAsync(db, from, to, cancellationToken)).Select(a => new CalendarEntry(
            a.Date, null, "anniversary", $"{a.What}: {a.Years} years", "anniversary", null)));

        var held = await db.Engagements.CountAsync(e => e.Status == EngagementStatus.Held && e.StartsOn >= from && e.StartsOn <= to, cancellationToken);
        return new CalendarMonth(Month(from), Month(from.AddMonths(-1)), Month(from.AddMonths(1)),
            entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.What, StringComparer.Ordinal).ToList(), held);
    }

    /// <summary>Anniversaries of standing relationships and of organisations' founding from <paramref name="from"/> to <paramref name="to"/>, soonest first.</summary>
    public static async Task<IReadOnlyList<Anniversary>> AnniversariesAsync(AmityDb db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var result = new List<Anniversary>();
        foreach (var r in await db.Relationships.Include(r => r.OrganisationA).Include(r => r.OrganisationB).AsNoTracking().ToListAsync(cancellationToken))
        {
            var what = r.Kind == RelationshipKind.DiplomaticRelations
                ? $"Diplomatic relations {CountryNames.Of(r.CountryA)}–{CountryNames.Of(r.CountryB)}"
                : $"{(r.Kind == RelationshipKind.SisterCities ? "Sister cities" : "Partnership")} {r.OrganisationA?.Name} – {r.OrganisationB?.Name}";
            result.AddRange(r.AnniversariesBetween(from, to).Select(a => new Anniversary(what, Codes.Of(r.Kind), Format.Iso(a.Date)!, a.Years)));
        }
        foreach (var o in await db.Organisations.Where(o => o.Founded != null).Select(o => new { o.Name, o.Founded }).ToListAsync(cancellationToken))
        {
            result.AddRange(Anniversaries.Between(o.Founded!.Value, from, to).Select(a => new Anniversary($"Founding of {o.Name}", "founding", Format.Iso(a.Date)!, a.Years)));
        }
        return result.OrderBy(a => a.Date, StringComparer.Ordinal).ThenBy(a => a.What, StringComparer.Ordinal).ToList();
    }

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
