using System.Text.RegularExpressions;
using Amity.Domain;
using Amity.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

/// <summary>
/// People and organisations of the registry by every name and alias, so an import matches what is
/// already stored before it creates anything. New entities join the index as they are created, so a
/// file that names someone twice creates them once.
/// </summary>
public sealed partial class RegistryIndex
{
    private readonly AmityDb _db;
    private readonly Dictionary<string, List<Person>> _people = [];
    private readonly Dictionary<string, List<Organisation>> _organisations = [];

    // Names as an import writes them, each looked up once: a large import names the same people thousands of times.
    private readonly Dictionary<(string, string?), Person> _peopleAsWritten = [];
    private readonly Dictionary<(string, string?), Organisation> _organisationsAsWritten = [];

    private RegistryIndex(AmityDb db) => _db = db;

    public static async Task<RegistryIndex> LoadAsync(AmityDb db, CancellationToken cancellationToken)
    {
        var index = new RegistryIndex(db);
        foreach (var person in await db.People.Include(p => p.Aliases).Include(p => p.Positions).ToListAsync(cancellationToken))
        {
            index.Add(person);
        }
        foreach (var organisation in await db.Organisations.Include(o => o.Aliases).ToListAsync(cancellationToken))
        {
            index.Add(organisation);
        }
        return index;
    }

    public Person? FindPerson(string name, string? countryCode) => Pick(_people, name, countryCode, p => p.CountryCode);

    public Organisation? FindOrganisation(string name, string? countryCode) => Pick(_organisations, name, countryCode, o => o.CountryCode);

    public Person FindOrCreatePerson(string name, string? countryCode)
    {
        if (_peopleAsWritten.TryGetValue((name, countryCode), out var known))
        {
            return known;
        }
        if (FindPerson(name, countryCode) is not { } person)
        {
            person = new Person(name, countryCode);
            _db.People.Add(person);
            Add(person);
        }
        // What a name finds changes only when an entity is added (which clears these), and the one just added is what it finds.
        _peopleAsWritten[(name, countryCode)] = person;
        return person;
    }

    /// <summary>
    /// Finds or creates an organisation written as the sources write it, "Full Name (ACRONYM)" included:
    /// the acronym becomes an alias.
    /// </summary>
    public Organisation FindOrCreateOrganisation(string written, string? countryCode)
    {
        if (!_organisationsAsWritten.TryGetValue((written, countryCode), out var organisation))
        {
            _organisationsAsWritten[(written, countryCode)] = organisation = FindOrCreateOrganisationAsWritten(written, countryCode);
        }
        return organisation;
    }

    private Organisation FindOrCreateOrganisationAsWritten(string written, string? countryCode)
    {
        var (name, acronym) = SplitAcronym(written);
        var found = FindOrganisation(written, countryCode) ?? FindOrganisation(name, countryCode)
            ?? (acronym is null ? null : FindOrganisation(acronym, countryCode));
        if (found is not null)
        {
            return found;
        }
        var organisation = new Organisation(name, OrganisationKinds.Guess(name, countryCode), countryCode);
        if (acronym is not null)
        {
            organisation.AddAlias(acronym, isAcronym: true);
        }
        _db.Organisations.Add(organisation);
        Add(organisation);
        return organisation;
    }

    public void Add(Person person)
    {
        _peopleAsWritten.Clear();
        foreach (var name in person.Names)
        {
            Append(_people, name, person);
        }
    }

    public void Add(Organisation organisation)
    {
        _organisationsAsWritten.Clear();
        foreach (var name in organisation.Names)
        {
            Append(_organisations, name, organisation);
        }
    }

    /// <summary>"Progressive Party of Working People (AKEL)" → ("Progressive Party of Working People", "AKEL").</summary>
    public static (string Name, string? Acronym) SplitAcronym(string written)
    {
        var match = TrailingAcronym().Match(written);
        return match.Success
            ? (match.Groups["name"].Value.Trim(), match.Groups["acronym"].Value.Trim())
            : (written.Trim(), null);
    }

    private static void Append<T>(Dictionary<string, List<T>> index, string name, T item) where T : class
    {
        var key = NameKey.Of(name);
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    // A name shared across countries resolves to the one of the same country; with no country, to the only candidate.
    private static T? Pick<T>(Dictionary<string, List<T>> index, string name, string? countryCode, Func<T, string?> country)
        where T : class
    {
        if (!index.TryGetValue(NameKey.Of(name), out var candidates))
        {
            return null;
        }
        var sameCountry = candidates.Where(c => string.Equals(country(c), countryCode, StringComparison.OrdinalIgnoreCase)).ToList();
        return sameCountry.Count > 0 ? sameCountry[0] : countryCode is null && candidates.Count == 1 ? candidates[0] : null;
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<acronym>[^()]{2,15})\)\s*$", RegexOptions.NonBacktracking, 1000)]
    private static partial Regex TrailingAcronym();

    internal static bool IsCountryName(string name, string? code) =>
        CountryCatalogue.Instance.ByName(name) is { } country &&
        (code is null || string.Equals(country.Code, code, StringComparison.OrdinalIgnoreCase));
}
