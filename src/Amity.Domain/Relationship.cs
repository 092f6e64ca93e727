namespace Amity.Domain;

/// <summary>
/// A standing tie: a partnership of two organisations, sister cities (two organisations of kind city)
/// or diplomatic relations between two countries. Its start date gives anniversaries.
/// </summary>
public sealed class Relationship
{
    private Relationship()
    {
    }

    private Relationship(RelationshipKind kind, DateOnly? start, DateOnly? end)
    {
        Require.Order(start, end, "end");
        Kind = kind;
        Start = start;
        End = end;
    }

    public long Id { get; private set; }
    public RelationshipKind Kind { get; private set; }
    public long? OrganisationAId { get; private set; }
    public Organisation? OrganisationA { get; private set; }
    public long? OrganisationBId { get; private set; }
    public Organisation? OrganisationB { get; private set; }
    public string? CountryA { get; private set; }
    public string? CountryB { get; private set; }
    public DateOnly? Start { get; private set; }
    public DateOnly? End { get; private set; }

    public static Relationship Between(RelationshipKind kind, Organisation a, Organisation b, DateOnly? start, DateOnly? end)
    {
        if (kind == RelationshipKind.DiplomaticRelations)
        {
            throw new DomainException("kind", "diplomatic relations are between countries, not organisations");
        }
        if (ReferenceEquals(a, b))
        {
            throw new DomainException("b", "a relationship needs two different parties");
        }
        if (kind == RelationshipKind.SisterCities && (a.Kind != OrganisationKind.City || b.Kind != OrganisationKind.City))
        {
            throw new DomainException("kind", $"sister cities must both be cities ('{a.Name}', '{b.Name}')");
        }
        return new Relationship(kind, start, end) { OrganisationA = a, OrganisationAId = a.Id, OrganisationB = b, OrganisationBId = b.Id };
    }

    public static Relationship DiplomaticRelations(string countryA, string countryB, DateOnly? start, DateOnly? end)
    {
        if (string.Equals(countryA, countryB, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("b", "diplomatic relations need two different countries");
        }
        return new Relationship(RelationshipKind.DiplomaticRelations, start, end) { CountryA = countryA, CountryB = countryB };
    }

    /// <summary>The next anniversary of the start on or after <paramref name="today"/>, with how many years it marks.</summary>
    public (DateOnly Date, int Years)? NextAnniversary(DateOnly today)
    {
        if (Start is not { } start || End is not null)
        {
            return null;
        }
        return Anniversaries.Next(start, today);
    }

    /// <summary>The anniversaries of a standing tie that fall from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public IEnumerable<(DateOnly Date, int Years)> AnniversariesBetween(DateOnly from, DateOnly to) =>
        Start is { } start && End is null ? Anniversaries.Between(start, from, to) : [];
}

public static class Anniversaries
{
    /// <summary>Every recurrence of <paramref name="origin"/> from <paramref name="from"/> to <paramref name="to"/>, inclusive.</summary>
    public static IEnumerable<(DateOnly Date, int Years)> Between(DateOnly origin, DateOnly from, DateOnly to)
    {
        for (var next = Next(origin, from); next.Date <= to; next = Next(origin, next.Date.AddDays(1)))
        {
            yield return next;
        }
    }

    /// <summary>The next recurrence of <paramref name="origin"/> on or after <paramref name="today"/> (29 Feb falls on 28 Feb).</summary>
    public static (DateOnly Date, int Years) Next(DateOnly origin, DateOnly today)
    {
        var years = Math.Max(1, today.Year - origin.Year);
        while (true)
        {
            var year = origin.Year + years;
            var day = Math.Min(origin.Day, DateTime.DaysInMonth(year, origin.Month));
            var date = new DateOnly(year, origin.Month, day);
            if (date >= today)
            {
                return (date, years);
            }
            years++;
        }
    }
}
