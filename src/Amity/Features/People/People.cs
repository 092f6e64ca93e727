using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.People;

public sealed record PersonSummary(long Id, string Name, string? Country, IReadOnlyList<string> Aliases, string? CurrentTitle);

public sealed record PositionView(long? OrganisationId, string? Organisation, string Title, string? From, string? To);

/// <summary>Someone met across the table: how often, and when last.</summary>
public sealed record ContactView(long PersonId, string Name, string? Country, int Times, string? Last);

public sealed record PersonDetail(
    PersonSummary Person, IReadOnlyList<PositionView> Positions, string? LastContact, IReadOnlyList<ContactView> Contacts,
    IReadOnlyList<EngagementSummary> Engagements, int EngagementCount);

public static class PersonQueries
{
    public static async Task<IReadOnlyList<PersonSummary>> ListAsync(AmityDb db, string? q, string? country, TimeProvider clock, CancellationToken cancellationToken)
    {
        IQueryable<Person> query = db.People.Include(p => p.Aliases).Include(p => p.Positions).AsNoTracking();
        if (!string.IsNullOrEmpty(country))
        {
            var code = country.ToUpperInvariant();
            query = query.Where(p => p.CountryCode == code);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim()}%";
            query = query.Where(p => EF.Functions.Like(p.Name, pattern) || p.Aliases.Any(a => EF.Functions.Like(a.Value, pattern)));
        }
        var today = clock.Today();
        return (await query.OrderBy(p => p.Name).Take(500).AsSplitQuery().ToListAsync(cancellationToken))
            .Select(p => SummaryOf(p, today)).ToList();
    }

    public static async Task<PersonDetail?> GetAsync(AmityDb db, long id, TimeProvider clock, CancellationToken cancellationToken)
    {
        var person = await db.People
            .Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }
        var today = clock.Today();
        var engagements = await EngagementQueries.ListAsync(db, new EngagementFilter { Person = id, PageSize = 200 }, cancellationToken);
        var lastContact = await db.Engagements
            .Where(e => e.Participants.Any(p => p.PersonId == id) && e.Status == EngagementStatus.Held && e.StartsOn <= today)
            .MaxAsync(e => e.StartsOn, cancellationToken);
        // Everyone on another side of an engagement this person took part in.
        var met = await db.Participants
            .Where(p => p.PersonId == id)
            .Join(db.Participants, mine => mine.EngagementId, other => other.EngagementId, (mine, other) => new { mine, other })
            .Where(x => x.other.PersonId != null && x.other.PersonId != id && x.other.Side != x.mine.Side)
            .Join(db.Engagements, x => x.other.EngagementId, e => e.Id, (x, e) => new { PersonId = x.other.PersonId!.Value, e.Id, e.StartsOn })
            .Distinct()
            .GroupBy(x => x.PersonId)
            .Select(g => new { PersonId = g.Key, Times = g.Count(), Last = g.Max(x => x.StartsOn) })
            .OrderByDescending(x => x.Times).Take(100)
            .ToListAsync(cancellationToken);
        var ids = met.Select(m => m.PersonId).ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.CountryCode }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var contacts = met.Select(m => new ContactView(m.PersonId, names[m.PersonId].Name, names[m.PersonId].CountryCode, m.Times, Format.Iso(m.Last)))
            .OrderByDescending(c => c.Times).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        return new PersonDetail(
            SummaryOf(person, today),
            person.Positions.OrderByDescending(p => p.From).Select(p => new PositionView(p.OrganisationId, p.Organisation?.Name, p.Title, Format.Iso(p.From), Format.Iso(p.To))).ToList(),
            Format.Iso(lastContact), contacts, engagements.Items, engagements.Total);
    }

    private static PersonSummary SummaryOf(Person p, DateOnly today) =>
        new(p.Id, p.Name, p.CountryCode, p.Aliases.Select(a => a.Value).ToList(), p.PositionOn(today)?.Title);
}

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");
        group.MapGet("/", List).WithName("ListPeople").WithSummary("People by name or alias (q) and country.");
        group.MapGet("/{id:long}", Get).WithName("GetPerson").WithSummary("A person with positions over time, last contact and engagements.");
        group.MapPost("/{id:long}/merge", Merge).WithName("MergePerson")
            .WithSummary("Merge this person, a duplicate, into another (body {\"into\": id}): their records, positions, delegations and names move there and this one is removed.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<PersonSummary>>> List(AmityDb db, TimeProvider clock, CancellationToken cancellationToken, string? q = null, string? country = null) =>
        TypedResults.Ok(await PersonQueries.ListAsync(db, q, country, clock, cancellationToken));

    public static async Task<Results<Ok<PersonDetail>, NotFound>> Get(long id, AmityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await PersonQueries.GetAsync(db, id, clock, cancellationToken) is { } p ? TypedResults.Ok(p) : TypedResults.NotFound();

    public static async Task<Results<Ok<PersonDetail>, NotFound, ValidationProblem>> Merge(long id, MergeRequest body, AmityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            if (!await RegistryMerge.PeopleAsync(db, id, body.Into, cancellationToken))
            {
                return TypedResults.NotFound();
            }
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await PersonQueries.GetAsync(db, body.Into, clock, cancellationToken))!);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }
}
