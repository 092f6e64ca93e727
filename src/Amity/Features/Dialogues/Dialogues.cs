using Amity.Domain;
using Amity.Features.Delegations;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Dialogues;

public sealed record PartnerView(long Id, string Name, string? Country);

public sealed record DialogueSummary(
    long Id, string Name, string Track, int? CadenceMonths, IReadOnlyList<PartnerView> Partners, int Rounds,
    string? LastRound, string? NextPlanned, string? NextDue, bool Overdue, int NextNumber);

public sealed record RoundView(long EngagementId, int Number, string? Date, string? EndDate, string? Place, string? Mode, string Status);

public sealed record DialogueDetail(DialogueSummary Dialogue, IReadOnlyList<RoundView> Rounds);

/// <summary>A dialogue mechanism to set up: the body of POST /api/v1/dialogues and the form.</summary>
public sealed class DialogueInput
{
    public string? Name { get; set; }
    public string? Track { get; set; }
    public int? CadenceMonths { get; set; }
    public List<long> PartnerIds { get; set; } = [];
}

/// <summary>A round to record: held when its date has come, planned when it lies ahead.</summary>
public sealed class RoundInput
{
    /// <summary>Left out, the round takes the next number.</summary>
    public int? Number { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Place { get; set; }
    public string? Mode { get; set; } = "in_person";
}

/// <summary>Reads and writes of dialogue mechanisms, called by the API, the pages and the dashboard alike.</summary>
public static class DialogueQueries
{
    public static async Task<IReadOnlyList<DialogueSummary>> ListAsync(AmityDb db, DateOnly today, CancellationToken cancellationToken) =>
        (await Mechanisms(db).ToListAsync(cancellationToken))
            .Select(m => SummaryOf(m, today))
            .OrderByDescending(m => m.Overdue).ThenBy(m => m.NextDue ?? "9999", StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The mechanisms whose next round is past due, the most overdue first.</summary>
    public static async Task<IReadOnlyList<DialogueSummary>> OverdueAsync(AmityDb db, DateOnly today, CancellationToken cancellationToken) =>
        (await ListAsync(db, today, cancellationToken)).Where(m => m.Overdue).OrderBy(m => m.NextDue, StringComparer.Ordinal).ToList();

    /// <summary>The mechanisms an organisation takes part in.</summary>
    public static async Task<IReadOnlyList<DialogueSummary>> OfOrganisationAsync(AmityDb db, long organisationId, DateOnly today, CancellationToken cancellationToken) =>
        (await Mechanisms(db).Where(m => m.Partners.Any(p => p.OrganisationId == organisationId)).ToListAsync(cancellationToken))
            .Select(m => SummaryOf(m, today)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();

    public static async Task<DialogueDetail?> GetAsync(AmityDb db, long id, DateOnly today, CancellationToken cancellationToken)
    {
        if (await Mechanisms(db).FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } mechanism)
        {
            return null;
        }
        var rounds = mechanism.Rounds.OrderBy(r => r.RoundNumber)
            .Select(r => new RoundView(r.Id, r.RoundNumber ?? 0, r.Date?.ToString(), r.EndDate?.ToString(), r.Place, r.Mode is { } mode ? Codes.Of(mode) : null, Codes.Of(r.Status)))
            .ToList();
        return new DialogueDetail(SummaryOf(mechanism, today), rounds);
    }

    /// <summary>Sets up a mechanism with its partners; returns its id.</summary>
    public static async Task<long> CreateAsync(AmityDb db, DialogueInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        check.Require(!string.IsNullOrWhiteSpace(input.Name), "name", "name is required").Length(input.Name, "name");
        var track = check.Code<DialogueTrack>(input.Track, "track");
        check.Require(input.CadenceMonths is null or > 0, "cadenceMonths", "the cadence is a positive number of months");
        var partners = await db.Organisations.Where(o => input.PartnerIds.Contains(o.Id)).ToListAsync(cancellationToken);
        check.Require(input.PartnerIds.Count > 0, "partnerIds", "choose at least one partner organisation");
        check.Require(partners.Count == input.PartnerIds.Distinct().Count(), "partnerIds", "a partner is not in the registry");
        check.ThrowIfAny();
        var mechanism = new DialogueMechanism(input.Name!, track, input.CadenceMonths);
        // Partners keep the order given: the first is the host side of each round.
        foreach (var id in input.PartnerIds.Distinct())
        {
            mechanism.AddPartner(partners.First(p => p.Id == id));
        }
        db.Mechanisms.Add(mechanism);
        await db.SaveChangesAsync(cancellationToken);
        return mechanism.Id;
    }

    /// <summary>Records a round as an engagement among the partners; returns its id, null when there is no such mechanism.</summary>
    public static async Task<long?> RecordRoundAsync(AmityDb db, long id, RoundInput input, DateOnly today, CancellationToken cancellationToken)
    {
        // Numbered among all rounds, restricted ones too, so a number is never given twice.
        using var everything = db.SeeingEverything();
        var mechanism = await db.Mechanisms
            .Include(m => m.Partners).ThenInclude(p => p.Organisation)
            .Include(m => m.Rounds)
            .AsSplitQuery()
            .FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mechanism is null)
        {
            return null;
        }
        var check = new InputCheck();
        check.Require(input.Date is not null, "date", "date is required");
        check.Require(input.EndDate is null || input.Date is null || input.EndDate >= input.Date, "endDate", "the end is before the start");
        check.Require(input.Number is null or > 0, "number", "a round number starts at 1");
        check.Length(input.Place, "place");
        var mode = check.Code<EngagementMode>(input.Mode, "mode", required: false);
        check.ThrowIfAny();
        Engagement round;
        try
        {
            round = mechanism.RecordRound(input.Number ?? mechanism.NextRoundNumber, PartialDate.FromDay(input.Date!.Value),
                input.EndDate is { } end ? PartialDate.FromDay(end) : null, input.Place,
                string.IsNullOrWhiteSpace(input.Mode) ? null : mode, today);
        }
        catch (DomainException e)
        {
            throw InputException.From(e);
        }
        db.Engagements.Add(round);
        await DelegationQueries.SaveAndIndexAsync(db, round, cancellationToken);
        return round.Id;
    }

    private static IQueryable<DialogueMechanism> Mechanisms(AmityDb db) =>
        db.Mechanisms.Include(m => m.Partners).ThenInclude(p => p.Organisation).Include(m => m.Rounds).AsSplitQuery().AsNoTracking();

    private static DialogueSummary SummaryOf(DialogueMechanism m, DateOnly today) => new(
        m.Id, m.Name, Codes.Of(m.Track), m.CadenceMonths,
        m.Partners.Select(p => new PartnerView(p.OrganisationId, p.Organisation.Name, p.Organisation.CountryCode)).ToList(),
        m.Rounds.Count, Format.Iso(m.LastRound(today)?.StartsOn), Format.Iso(m.NextPlannedRound(today)?.StartsOn),
        Format.Iso(m.NextRoundDue(today)), m.IsOverdue(today), m.NextRoundNumber);
}
