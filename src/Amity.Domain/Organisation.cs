namespace Amity.Domain;

public sealed class Organisation
{
    private readonly List<OrganisationAlias> _aliases = [];

    private Organisation()
    {
        Name = "";
    }

    public Organisation(string name, OrganisationKind kind, string? countryCode)
    {
        Name = Require.Text(name, "name", TextLimits.Title);
        Kind = kind;
        CountryCode = countryCode;
    }

    public long Id { get; private set; }
    public string Name { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string? CountryCode { get; private set; }
    public long? ParentId { get; private set; }
    public Organisation? Parent { get; private set; }
    public DateOnly? Founded { get; private set; }
    public IReadOnlyList<OrganisationAlias> Aliases => _aliases;

    /// <summary>The name followed by every alias and acronym.</summary>
    public IEnumerable<string> Names => _aliases.Select(a => a.Value).Prepend(Name);

    public void AddAlias(string alias, bool isAcronym = false)
    {
        alias = Require.Text(alias, "alias", TextLimits.Title);
        var key = NameKey.Of(alias);
        if (NameKey.Of(Name) != key && _aliases.All(a => NameKey.Of(a.Value) != key))
        {
            _aliases.Add(new OrganisationAlias(alias, isAcronym));
        }
    }

    public void SetParent(Organisation? parent)
    {
        for (var p = parent; p is not null; p = p.Parent)
        {
            if (ReferenceEquals(p, this) || (p.Id != 0 && p.Id == Id))
            {
                throw new DomainException("parent", $"'{parent!.Name}' cannot be the parent of '{Name}': that would make a cycle");
            }
        }
        Parent = parent;
        ParentId = parent?.Id;
    }

    public void SetFounded(DateOnly? founded) => Founded = founded;
}

public sealed class OrganisationAlias
{
    private OrganisationAlias()
    {
        Value = "";
    }

    public OrganisationAlias(string value, bool isAcronym)
    {
        Value = value;
        IsAcronym = isAcronym;
    }

    public long Id { get; private set; }
    public long OrganisationId { get; private set; }
    public string Value { get; private set; }
    public bool IsAcronym { get; private set; }
}
