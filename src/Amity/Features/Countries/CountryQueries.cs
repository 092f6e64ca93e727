using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Countries;

public sealed record CountrySummary(string Code, string Name, string? Demonym, int Engagements);

public sealed record RelationshipView(string Kind, string With, string? Start, string? End, string? NextAnniversary, int? Years);

public sealed record CountryDetail(
    string Code, string Name, string OfficialName, string? Demonym, IReadOnlyList<string> Aliases, int Engagements,
    IReadOnlyList<EngagementSummary> Timeline, IReadOnlyList<NamedCount> Organisations, IReadOnlyList<NamedCount> People,
    IReadOnlyList<RelationshipView> Relationships);

public sealed record NamedCount(long Id, string Name, int Engagements);

/// <summary>Countries come from the embedded ISO catalogue; their activity from the registry.</summary>
public static class CountryQueries
{
    public static async Task<IReadOnlyList<CountrySummary>> ListAsync(AmityDb db, bool activeOnly, CancellationToken cancellationToken)
    {
        var counts = await db.Participants
            .Where(p => p.CountryCode != null)
            .GroupBy(p => p.CountryCode!)
            .Select(g => new { Code = g.Key, Count = g.Select(p => p.EngagementId).Distinct().Count() })
            .ToDictionaryAsync(x => x.Code, x => x.Count, cancellationToken);
        return CountryCatalogue.Instance.All
            .Select(c => new CountrySummary(c.Code, c.Name, c.Demonym, counts.GetValueOrDefault(c.Code)))
            .Where(c => !activeOnly || c.Engagements > 0)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    public static async Task<CountryDetail?> GetAsync(AmityDb db, string code, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (CountryCatalogue.Instance.ByCode(code) is not { } country)
        {
            return null;
        }
        var timeline = await EngagementQueries.ListAsync(db, new EngagementFilter { Country = country.Code, PageSize = EngagementFilter.MaxPageSize }, cancellationToken);
        var organisations = await TopAsync(
            db.Participants.Where(p => p.CountryCode == country.Code && p.OrganisationId != null).Select(p => new IdLink { Id = p.OrganisationId!.Value, EngagementId = p.EngagementId }),
            ids => db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
            cancellationToken);
        var people = await TopAsync(
            db.Participants.Where(p => p.CountryCode == country.Code && p.PersonId != null).Select(p => new IdLink { Id = p.PersonId!.Value, EngagementId = p.EngagementId }),
            ids => db.People.Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
            cancellationToken);
        var today = clock.Today();
        var relationships = (await db.Relationships
                .Include(r => r.OrganisationA)
                .Include(r => r.OrganisationB)
                .Where(r => r.CountryA == country.Code || r.CountryB == country.Code
                    || r.OrganisationA!.CountryCode == country.Code || r.OrganisationB!.CountryCode == country.Code)
                .AsNoTracking()
                .ToListAsync(cancellationToken))
            .Select(r => ViewOf(r, country.Code, today))
            .ToList();
        return new CountryDetail(
            country.Code, country.Name, country.OfficialName, country.Demonym, country.Aliases, timeline.Total, timeline.Items,
            organisations, people, relationships);
    }

    // A member-init shape (not a positional record), so EF can translate queries over it.
    private sealed class IdLink
    {
        public long Id { get; init; }
        public long EngagementId { get; init; }
    }

    /// <summary>The 50 ids linked to the most engagements, with their names.</summary>
    private static async Task<IReadOnlyList<NamedCount>> TopAsync(
        IQueryable<IdLink> links, Func<List<long>, Task<Dictionary<long, string>>> names, CancellationToken cancellationToken)
    {
        var top = await links
            .GroupBy(l => l.Id)
            .Select(g => new { Id = g.Key, Count = g.Select(l => l.EngagementId).Distinct().Count() })
            .OrderByDescending(x => x.Count)
            .Take(50)
            .ToListAsync(cancellationToken);
        var named = await names(top.Select(t => t.Id).ToList());
        return top.Select(t => new NamedCount(t.Id, named.GetValueOrDefault(t.Id, "?"), t.Count)).ToList();
    }

    public static RelationshipView ViewOf(Relationship r, string fromCountry, DateOnly today)
    {
        var with = r.Kind == RelationshipKind.DiplomaticRelations
            ? CountryNames.Of(r.CountryA == fromCountry ? r.CountryB : r.CountryA)
            : $"{r.OrganisationA?.Name} – {r.OrganisationB?.Name}";
        var next = r.NextAnniversary(today);
        return new RelationshipView(Codes.Of(r.Kind), with, Format.Iso(r.Start), Format.Iso(r.End), Format.Iso(next?.Date), next?.Years);
    }
}
