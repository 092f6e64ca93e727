using Amity.Domain;
using Amity.Extraction;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Cli;

/// <summary>
/// The registry's people as extraction sees them: a name or alias, or a transliteration of one
/// ("Stefanou" for "Stephanou"), gives the person's canonical name and the position held on the day.
/// Loaded once per ingestion; a name that could mean two people resolves to neither.
/// </summary>
internal sealed class RegistryDirectory : IPersonDirectory
{
    private readonly Dictionary<string, List<Person>> _byName;
    private readonly Dictionary<string, List<(string Key, Person Person)>> _bySurname;

    private RegistryDirectory(IReadOnlyList<Person> people)
    {
        _byName = [];
        _bySurname = [];
        foreach (var person in people)
        {
            foreach (var name in person.Names)
            {
                var key = NameKey.Of(name);
                Add(_byName, key, person);
                var surname = key[(key.LastIndexOf(' ') + 1)..];
                if (surname.Length >= 2)
                {
                    var bucket = surname[..2];
                    if (!_bySurname.TryGetValue(bucket, out var list))
                    {
                        _bySurname[bucket] = list = [];
                    }
                    list.Add((key, person));
                }
            }
        }
    }

    public static async Task<RegistryDirectory> LoadAsync(AmityDb db, CancellationToken cancellationToken) =>
        new(await db.People
            .Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken));

    public DirectoryPerson? Find(string name, DateOnly? onDay)
    {
        var key = NameKey.Of(name);
        var person = Only(_byName.GetValueOrDefault(key)) ?? Only(Transliterations(key));
        if (person is null)
        {
            return null;
        }
        var position = onDay is { } day ? person.PositionOn(day) : null;
        return new DirectoryPerson(person.Name, person.Aliases.Select(a => a.Value).ToList(), position?.Title, position?.Organisation?.Name, person.CountryCode);
    }

    // Names whose surname starts alike and that match by the annotation guide's rules (token subset, small edits).
    private List<Person>? Transliterations(string key)
    {
        var surname = key[(key.LastIndexOf(' ') + 1)..];
        if (surname.Length < 2 || !_bySurname.TryGetValue(surname[..2], out var candidates))
        {
            return null;
        }
        return candidates.Where(c => NameMatch.Matches(c.Key, key)).Select(c => c.Person).Distinct().ToList();
    }

    private static Person? Only(List<Person>? people) => people is { Count: 1 } ? people[0] : null;

    private static void Add(Dictionary<string, List<Person>> index, string key, Person person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }
}
