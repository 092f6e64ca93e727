namespace Amity.Domain;

public sealed class Person
{
    private readonly List<PersonAlias> _aliases = [];
    private readonly List<Position> _positions = [];

    private Person()
    {
        Name = "";
    }

    public Person(string name, string? countryCode)
    {
        Name = Require.Text(name, "name");
        CountryCode = countryCode;
    }

    public long Id { get; private set; }
    public string Name { get; private set; }
    public string? CountryCode { get; private set; }
    public IReadOnlyList<PersonAlias> Aliases => _aliases;
    public IReadOnlyList<Position> Positions => _positions;

    public IEnumerable<string> Names => _aliases.Select(a => a.Value).Prepend(Name);

    public void AddAlias(string alias)
    {
        alias = Require.Text(alias, "alias");
        var key = NameKey.Of(alias);
        if (NameKey.Of(Name) != key && _aliases.All(a => NameKey.Of(a.Value) != key))
        {
            _aliases.Add(new PersonAlias(alias));
        }
    }

    public Position AddPosition(Organisation? organisation, string title, DateOnly? from, DateOnly? to)
    {
        var position = new Position(organisation, title, from, to);
        _positions.Add(position);
        return position;
    }

    /// <summary>
    /// The position held on <paramref name="day"/>: a title belongs to a time, so a record shows the
    /// title its person held that day. Among overlapping positions the most recently started wins.
    /// </summary>
    public Position? PositionOn(DateOnly day) =>
        _positions
            .Where(p => p.Covers(day))
            .OrderByDescending(p => p.From ?? DateOnly.MinValue)
            .FirstOrDefault();
}

public sealed class PersonAlias
{
    private PersonAlias()
    {
        Value = "";
    }

    public PersonAlias(string value) => Value = value;

    public long Id { get; private set; }
    public long PersonId { get; private set; }
    public string Value { get; private set; }
}

/// <summary>A title held in an organisation over a period; either end may be open.</summary>
public sealed class Position
{
    private Position()
    {
        Title = "";
    }

    public Position(Organisation? organisation, string title, DateOnly? from, DateOnly? to)
    {
        Require.Order(from, to, "to");
        Organisation = organisation;
        OrganisationId = organisation?.Id;
        Title = Require.Text(title, "title", TextLimits.Title);
        From = from;
        To = to;
    }

    public long Id { get; private set; }
    public long PersonId { get; private set; }
    public long? OrganisationId { get; private set; }
    public Organisation? Organisation { get; private set; }
    public string Title { get; private set; }
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    public bool Covers(DateOnly day) => (From is null || From <= day) && (To is null || day <= To);
}
