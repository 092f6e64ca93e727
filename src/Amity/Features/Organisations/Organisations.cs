using Amity.Domain;
using Amity.Features.Dialogues;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Organisations;

public sealed record OrganisationSummary(long Id, string Name, string Kind, string? Country, IReadOnlyList<string> Aliases);

public sealed record MemberView(long PersonId, string Name, string Title, string? From, string? To);

/// <summary>A partnership or sister-city tie with another organisation, and its next round-number anniversary.</summary>
public sealed record PartnershipView(string Kind, long OrganisationId, string Organisation, string? Start, string? End, string? NextAnniversary, int? Years);

public sealed record OrganisationDetail(
    OrganisationSummary Organisation, long? ParentId, string? ParentName, string? Founded, IReadOnlyList<MemberView> Members,
    IReadOnlyList<PartnershipView> Partnerships, IReadOnlyList<DialogueSummary> Dialogues,
    IReadOnlyList<EngagementSummary> Engagements, int EngagementCount);

public static class OrganisationQueries
{
    public static async Task<IReadOnlyList<OrganisationSummary>> ListAsync(AmityDb db, string? q, string? country, CancellationToken cancellationToken)
    {
        IQueryable<Organisation> query = db.Organisations.Include(o => o.Aliases).AsNoTracking();
        if (!string.IsNullOrEmpty(country))
        {
            var code = country.ToUpperInvariant();
            query = query.Where(o => o.CountryCode == code);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim()}%";
            query = query.Where(o => EF.Functions.Like(o.Name, pattern) || o.Aliases.Any(a => EF.Functions.Like(a.Value, pattern)));
        }
        return (await query.OrderBy(o => o.Name).Take(500).ToListAsync(cancellationToken)).Select(SummaryOf).ToList();
    }

    public static async Task<OrganisationDetail?> GetAsync(AmityDb db, long id, DateOnly today, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.Include(o => o.Aliases).Include(o => o.Parent).AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var members = await db.People
            .SelectMany(p => p.Positions.Where(x => x.OrganisationId == id), (p, x) => new { p.Id, p.Name, x.Title, x.From, x.To })
            .ToListAsync(cancellationToken);
        var partnerships = (await db.Relationships.AsNoTracking().Include(r => r.OrganisationA).Include(r => r.OrganisationB)
                .Where(r => r.OrganisationAId == id || r.OrganisationBId == id).ToListAsync(cancellationToken))
            .Select(r => (Relationship: r, Other: r.OrganisationAId == id ? r.OrganisationB : r.OrganisationA))
            .Where(x => x.Other is not null)
            .Select(x =>
            {
                var next = x.Relationship.NextAnniversary(today);
                return new PartnershipView(Codes.Of(x.Relationship.Kind), x.Other!.Id, x.Other.Name, Format.Iso(x.Relationship.Start), Format.Iso(x.Relationship.End), Format.Iso(next?.Date), next?.Years);
            })
            .OrderBy(p => p.Start, StringComparer.Ordinal).ToList();
        var dialogues = await DialogueQueries.OfOrganisationAsync(db, id, today, cancellationToken);
        var engagements = await EngagementQueries.ListAsync(db, new EngagementFilter { Organisation = id, PageSize = 200 }, cancellationToken);
        return new OrganisationDetail(
            SummaryOf(organisation), organisation.ParentId, organisation.Parent?.Name, Format.Iso(organisation.Founded),
            members.OrderByDescending(m => m.From).Select(m => new MemberView(m.Id, m.Name, m.Title, Format.Iso(m.From), Format.Iso(m.To))).ToList(),
            partnerships, dialogues, engagements.Items, engagements.Total);
    }

    private static OrganisationSummary SummaryOf(Organisation o) =>
        new(o.Id, o.Name, Codes.Of(o.Kind), o.CountryCode, o.Aliases.Select(a => a.Value).ToList());
}

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapGet("/", List).WithName("ListOrganisations").WithSummary("Organisations by name or alias (q) and country.");
        group.MapGet("/{id:long}", Get).WithName("GetOrganisation").WithSummary("An organisation with its members over time, partnerships, dialogue mechanisms and engagements.");
        group.MapPost("/{id:long}/merge", Merge).WithName("MergeOrganisation")
            .WithSummary("Merge this organisation, a duplicate, into another (body {\"into\": id}): its records, members, partnerships and names move there and it is removed.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<OrganisationSummary>>> List(AmityDb db, CancellationToken cancellationToken, string? q = null, string? country = null) =>
        TypedResults.Ok(await OrganisationQueries.ListAsync(db, q, country, cancellationToken));

    public static async Task<Results<Ok<OrganisationDetail>, NotFound>> Get(long id, AmityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await OrganisationQueries.GetAsync(db, id, clock.Today(), cancellationToken) is { } o ? TypedResults.Ok(o) : TypedResults.NotFound();

    public static async Task<Results<Ok<OrganisationDetail>, NotFound, ValidationProblem>> Merge(long id, MergeRequest body, AmityDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            if (!await RegistryMerge.OrganisationsAsync(db, id, body.Into, cancellationToken))
            {
                return TypedResults.NotFound();
            }
            db.ChangeTracker.Clear();
            return TypedResults.Ok((await OrganisationQueries.GetAsync(db, body.Into, clock.Today(), cancellationToken))!);
        }
        catch (InputException e)
        {
            return TypedResults.ValidationProblem(e.ToDictionary());
        }
    }
}
