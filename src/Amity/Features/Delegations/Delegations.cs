using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Features.Engagements;
using Amity.Storage;
using Amity.Storage.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Delegations;

public sealed record DelegationSummary(
    long Id, string Name, string Direction, string? Country, string? Start, string? End, string Status,
    long? LeaderId, string? Leader, long? HostId, string? Host, int Items, bool Restricted);

public sealed record DelegateView(long PersonId, string Name, string? Country);

/// <summary>One stop of the programme: what, when, where, with whom.</summary>
public sealed record ItineraryItem(long EngagementId, string? Date, string Kind, string? Place, string? Note, string Status, string With);

public sealed record DelegationDetail(
    DelegationSummary Delegation, IReadOnlyList<DelegateView> Members, IReadOnlyList<ItineraryItem> Itinerary, IReadOnlyList<string> NextStatuses);

/// <summary>The delegation list's filters, bound from the query string by the API and the page alike.</summary>
public sealed class DelegationFilter
{
    [FromQuery(Name = "direction")]
    public string? Direction { get; set; }
    [FromQuery(Name = "status")]
    public string? Status { get; set; }
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrEmpty(Direction) && !Codes.TryParse<DelegationDirection>(Direction, out _))
        {
            errors["direction"] = [$"'{Direction}' is not one of: {string.Join(", ", Codes.All<DelegationDirection>())}"];
        }
        if (!string.IsNullOrEmpty(Status) && !Codes.TryParse<EngagementStatus>(Status, out _))
        {
            errors["status"] = [$"'{Status}' is not one of: {string.Join(", ", Codes.All<EngagementStatus>())}"];
        }
        if (Year is < 1900 or > 2200)
        {
            errors["year"] = ["year must be between 1900 and 2200"];
        }
        return errors;
    }
}

/// <summary>A delegation to plan: the body of POST /api/v1/delegations and the plan form.</summary>
public sealed class DelegationInput
{
    public string? Name { get; set; }
    public string? Direction { get; set; }
    public string? Country { get; set; }
    public DateOnly? Start { get; set; }
    public DateOnly? End { get; set; }
    public long? LeaderId { get; set; }
    public long? HostId { get; set; }
    public List<long> MemberIds { get; set; } = [];
}

/// <summary>A meeting or visit to add to a delegation's programme.</summary>
public sealed class ItineraryInput
{
    public string? Kind { get; set; } = "meeting";
    public DateOnly? Date { get; set; }
    public string? Place { get; set; }
    public string? Note { get; set; }
    public List<long> WithIds { get; set; } = [];
}

public sealed record MemberInput(long PersonId);

/// <param name="From">The status the change was made from, as the person saw it; when given and no longer so, nothing changes.</param>
public sealed record StatusInput(string Status, string? From = null);

/// <summary>Reads and writes of delegations, called by the API and the pages alike.</summary>
public static class DelegationQueries
{
    public static async Task<IReadOnlyList<DelegationSummary>> ListAsync(AmityDb db, DelegationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Delegations.AsQueryable();
        if (Codes.TryParse<DelegationDirection>(filter.Direction, out var direction) && !string.IsNullOrEmpty(filter.Direction))
        {
            query = query.Where(d => d.Direction == direction);
        }
        if (Codes.TryParse<EngagementStatus>(filter.Status, out var status) && !string.IsNullOrEmpty(filter.Status))
        {
            query = query.Where(d => d.Status == status);
        }
        if (filter.Year is { } year)
        {
            var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            query = query.Where(d => d.Start <= last && (d.End ?? d.Start) >= first);
        }
        return await SummariesAsync(query.OrderByDescending(d => d.Start).Take(500), cancellationToken);
    }

    /// <summary>Planned and confirmed delegations under way at some point from <paramref name="from"/> to <paramref name="to"/>, soonest first.</summary>
    public static Task<IReadOnlyList<DelegationSummary>> PlannedAsync(AmityDb db, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SummariesAsync(db.Delegations
            .Where(d => (d.Status == EngagementStatus.Planned || d.Status == EngagementStatus.Confirmed) && d.Start <= to && (d.End ?? d.Start) >= from)
            .OrderBy(d => d.Start), cancellationToken);

    public static async Task<DelegationDetail?> GetAsync(AmityDb db, long id, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations
            .Include(d => d.Leader).Include(d => d.Host)
            .Include(d => d.Members).ThenInclude(m => m.Person)
            .Include(d => d.Itinerary).ThenInclude(e => e.Participants)
            .AsSplitQuery().AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delegation is null)
        {
            return null;
        }
        return new DelegationDetail(
            SummaryOf(delegation, delegation.Leader?.Name, delegation.Host?.Name, delegation.Itinerary.Count),
            delegation.Members.Select(m => new DelegateView(m.PersonId, m.Person.Name, m.Person.CountryCode)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList(),
            delegation.Itinerary.OrderBy(e => e.StartsOn).ThenBy(e => e.Id).Select(ItemOf).ToList(),
            delegation.NextStatuses.Select(s => Codes.Of(s)).ToList());
    }

    /// <summary>Plans a delegation; returns its id.</summary>
    public static async Task<long> PlanAsync(AmityDb db, DelegationInput input, CancellationToken cancellationToken)
    {
        var check = new InputCheck();
        check.Require(!string.IsNullOrWhiteSpace(input.Name), "name", "name is required").Length(input.Name, "name");
        var direction = check.Code<DelegationDirection>(input.Direction, "direction");
        var country = CountryCatalogue.Instance.ByCode(input.Country?.Trim());
        check.Require(string.IsNullOrWhiteSpace(input.Country) || country is not null, "country", $"'{input.Country}' is not an ISO 3166-1 country code");
        check.Require(input.Start is not null, "start", "start is required");
        check.Require(input.End is null || input.Start is null || input.End >= input.Start, "end", "the end is before the start");
        var leader = input.LeaderId is { } leaderId ? await db.People.FindAsync([leaderId], cancellationToken) : null;
        check.Require(input.LeaderId is null || leader is not null, "leaderId", $"no person {input.LeaderId}");
        var host = input.HostId is { } hostId ? await db.Organisations.FindAsync([hostId], cancellationToken) : null;
        check.Require(input.HostId is null || host is not null, "hostId", $"no organisation {input.HostId}");
        var members = await db.People.Where(p => input.MemberIds.Contains(p.Id)).ToListAsync(cancellationToken);
        check.Require(members.Count == input.MemberIds.Distinct().Count(), "memberIds", "a member is not in the registry");
        check.ThrowIfAny();

        var delegation = new Delegation(input.Name!, direction, country?.Code, input.Start, input.End);
        delegation.SetLeader(leader);
        delegation.SetHost(host);
        members.ForEach(delegation.AddMember);
        db.Delegations.Add(delegation);
        await db.SaveChangesAsync(cancellationToken);
        return delegation.Id;
    }

    /// <summary>Adds a member; false when there is no such delegation.</summary>
    public static async Task<bool> AddMemberAsync(AmityDb db, long id, long personId, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations.Include(d => d.Members).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delegation is null)
        {
            return false;
        }
        var person = await db.People.FindAsync([personId], cancellationToken) ?? throw InputException.Of("personId", $"no person {personId}");
        delegation.AddMember(person);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Adds a meeting or visit to the programme; returns the new engagement's id, null when there is no such delegation.</summary>
    public static async Task<long?> AddItemAsync(AmityDb db, long id, ItineraryInput input, CancellationToken cancellationToken)
    {
        var delegation = await db.Delegations
            .Include(d => d.Leader!).ThenInclude(p => p.Positions).ThenInclude(p => p.Organisation)
            .Include(d => d.Itinerary)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (delegation is null)
        {
            return null;
        }
        var check = new InputCheck();
        var kind = check.Code<EngagementKind>(input.Kind, "kind");
        check.Require(input.Date is not null, "date", "date is required");
        var with = await db.People.Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .Where(p => input.WithIds.Contains(p.Id)).AsSplitQuery().ToListAsync(cancellationToken);
        check.Require(with.Count == input.WithIds.Distinct().Count(), "withIds", "a person met is not in the registry");
        check.ThrowIfAny();
        Engagement item;
        try
        {
            item = delegation.PlanItem(kind, PartialDate.FromDay(input.Date!.Value), input.Place, input.Note, with);
        }
        catch (DomainException e)
        {
            throw InputException.From(e, ("itinerary", "date"));
        }
        db.Engagements.Add(item);
        await SaveAndIndexAsync(db, item, cancellationToken);
        return item.Id;
    }

    /// <summary>
    /// Moves the delegation to a status; when held, its planned and confirmed programme becomes held engagements,
    /// all in the one transaction of SaveChanges. False when there is no such delegation.
    /// </summary>
    public static async Task<bool> SetStatusAsync(AmityDb db, long id, string? status, CancellationToken cancellationToken, string? from = null)
    {
        var check = new InputCheck();
        var value = check.Code<EngagementStatus>(status, "status");
        check.ThrowIfAny();
        if (!await db.Delegations.AnyAsync(d => d.Id == id, cancellationToken))
        {
            return false;
        }
        // The whole programme follows, items restricted on their own too.
        using var everything = db.SeeingEverything();
        var delegation = await db.Delegations.Include(d => d.Itinerary).FirstAsync(d => d.Id == id, cancellationToken);
        if (Codes.TryParse<EngagementStatus>(from, out var seen) && !string.IsNullOrEmpty(from) && seen != delegation.Status)
        {
            // Someone moved it on since this person looked: their choice was made on what is no longer so.
            throw await MovedOnAsync(db, id, delegation.Status, cancellationToken);
        }
        try
        {
            delegation.SetStatus(value);
        }
        catch (DomainException e)
        {
            throw InputException.From(e);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another change committed between reading the status and writing it.
            db.ChangeTracker.Clear();
            var now = await db.Delegations.Where(d => d.Id == id).Select(d => d.Status).FirstAsync(cancellationToken);
            throw await MovedOnAsync(db, id, now, cancellationToken);
        }
        return true;
    }

    private static async Task<InputException> MovedOnAsync(AmityDb db, long id, EngagementStatus status, CancellationToken cancellationToken)
    {
        var last = await db.AuditTrail.Where(a => a.RecordType == nameof(Delegation) && a.RecordId == id)
            .OrderByDescending(a => a.Id).Select(a => new { a.Actor, a.At }).FirstOrDefaultAsync(cancellationToken);
        return InputException.Of("status", $"the delegation is already {Codes.Of(status)}" +
            (last is null ? "" : $" (changed by {last.Actor} at {last.At:yyyy-MM-dd HH:mm} UTC)") + "; nothing was changed");
    }

    /// <summary>Stores a new engagement and its search row together.</summary>
    internal static async Task SaveAndIndexAsync(AmityDb db, Engagement engagement, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await FullTextSearch.RefreshAsync(db, [engagement.Id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DelegationSummary>> SummariesAsync(IQueryable<Delegation> query, CancellationToken cancellationToken) =>
        (await query
            .Select(d => new { Delegation = d, Leader = d.Leader!.Name, Host = d.Host!.Name, Items = d.Itinerary.Count })
            .AsNoTracking()
            .ToListAsync(cancellationToken))
        .Select(x => SummaryOf(x.Delegation, x.Leader, x.Host, x.Items)).ToList();

    private static DelegationSummary SummaryOf(Delegation d, string? leader, string? host, int items) => new(
        d.Id, d.Name, Codes.Of(d.Direction), d.CountryCode, Format.Iso(d.Start), Format.Iso(d.End), Codes.Of(d.Status),
        d.LeaderId, leader, d.HostOrganisationId, host, items, d.Restricted);

    private static ItineraryItem ItemOf(Engagement e)
    {
        var summary = EngagementSummary.From(e);
        var with = string.Join(", ", summary.Participants.Where(p => !p.LeadsDelegation).Select(p => p.Title is null ? p.Label : $"{p.Label}, {p.Title}"));
        return new ItineraryItem(e.Id, e.Date?.ToString(), Codes.Of(e.Kind), e.Place, e.Summary, Codes.Of(e.Status), with);
    }
}
