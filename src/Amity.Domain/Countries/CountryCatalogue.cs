using System.Collections.Frozen;
using System.Text.Json;

namespace Amity.Domain.Countries;

/// <summary>
/// Every ISO 3166-1 country, read from the world-countries data package embedded at build time.
/// Looks countries up by code, common or official name, alternative spelling and demonym.
/// </summary>
public sealed class CountryCatalogue
{
    private readonly FrozenDictionary<string, Country> _byCode;
    private readonly FrozenDictionary<string, Country> _byName;
    private readonly FrozenDictionary<string, Country> _byDemonym;

    private CountryCatalogue(IReadOnlyList<Country> countries)
    {
        All = countries;
        _byCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var byName = new Dictionary<string, Country>();
        foreach (var country in countries)
        {
            foreach (var name in country.Aliases.Prepend(country.OfficialName).Prepend(country.Name))
            {
                var key = NameKey.Of(name);
                // Two-letter codes among altSpellings would shadow words such as "in" or "to".
                if (key.Length > 2)
                {
                    byName.TryAdd(key, country);
                }
            }
        }
        _byName = byName.ToFrozenDictionary();
        _byDemonym = countries
            .Where(c => c.Demonym is not null)
            .GroupBy(c => NameKey.Of(c.Demonym))
            // A demonym shared with a territory means the sovereign state.
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(c => c.Independent).First());
    }

    public static CountryCatalogue Instance { get; } = Load();

    public IReadOnlyList<Country> All { get; }

    public Country? ByCode(string? code) => code is not null && _byCode.TryGetValue(code, out var c) ? c : null;

    public bool IsCode(string? code) => ByCode(code) is not null;

    /// <summary>A country by any of its names ("Viet Nam", "Vietnam", "Socialist Republic of Vietnam").</summary>
    public Country? ByName(string? name) => _byName.TryGetValue(NameKey.Of(name), out var c) ? c : null;

    /// <summary>The other sovereign states that share a country's demonym ("Congolese": both Congos), for context to choose between.</summary>
    public IReadOnlyList<Country> SharingDemonym(string? code) =>
        ByCode(code) is { Demonym: { } demonym } country
            ? All.Where(c => c.Independent && c.Code != country.Code && NameKey.Of(c.Demonym) == NameKey.Of(demonym)).ToList()
            : [];

    /// <summary>A country by its demonym ("Cypriot", "Norwegian").</summary>
    public Country? ByDemonym(string? demonym) => _byDemonym.TryGetValue(NameKey.Of(demonym), out var c) ? c : null;

    /// <summary>
    /// Everyday English names the data package no longer lists beside a country's current name: texts still say
    /// "Turkey" and "the Czech Republic" years after "Türkiye" and "Czechia", and name the Palestinian territories by region.
    /// </summary>
    private static (string Code, string Name)[] EnglishNames =>
    [
        ("TR", "Turkey"), ("CZ", "Czech Republic"), ("GB", "Britain"), ("NL", "Holland"), ("CD", "Democratic Republic of the Congo"),
        ("CG", "Republic of Congo"), ("CV", "Cape Verde"), ("SZ", "Swaziland"), ("MK", "Macedonia"), ("TL", "East Timor"),
        ("PS", "West Bank"), ("PS", "Gaza Strip"),
    ];

    private static CountryCatalogue Load()
    {
        using var stream = typeof(CountryCatalogue).Assembly.GetManifestResourceStream("Amity.Domain.countries.json")
            ?? throw new InvalidOperationException("The embedded country data is missing; rebuild after 'npm ci'.");
        using var json = JsonDocument.Parse(stream);
        var countries = new List<Country>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var name = item.GetProperty("name");
            var demonym = item.TryGetProperty("demonyms", out var d) && d.TryGetProperty("eng", out var eng)
                ? eng.GetProperty("m").GetString()
                : null;
            var code = item.GetProperty("cca2").GetString()!;
            var aliases = item.GetProperty("altSpellings").EnumerateArray()
                .Select(a => a.GetString()!)
                .Where(a => a.Length > 2)
                .Concat(EnglishNames.Where(n => n.Code == code).Select(n => n.Name))
                .ToList();
            countries.Add(new Country(
                code,
                name.GetProperty("common").GetString()!,
                name.GetProperty("official").GetString()!,
                string.IsNullOrEmpty(demonym) ? null : demonym,
                aliases,
                !item.TryGetProperty("independent", out var independent) || independent.ValueKind != JsonValueKind.False));
        }
        return new CountryCatalogue(countries.OrderBy(c => c.Code, StringComparer.Ordinal).ToList());
    }
}
