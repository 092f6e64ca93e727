using Amity.Domain;
using Amity.Domain.Countries;

namespace Amity.Extraction.Resolution;

/// <summary>
/// The country a readout's publisher speaks for: the first country its name gives ("South Africa DIRCO",
/// "German Federal Foreign Office", "Japan MOFA"), else the country code ending its web address (".de", ".co.za").
/// A news agency or a blog names none and gives none.
/// </summary>
internal static class PublisherCountry
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["UK"] = "GB",
        ["US"] = "US",
        ["U.S."] = "US",
        ["USA"] = "US",
        ["UAE"] = "AE",
        ["PRC"] = "CN",
    };

    // Country codes sold as generic addresses (a ".tv" or ".co" site is seldom in Tuvalu or Colombia).
    private static readonly HashSet<string> SoldAsGeneric = new(StringComparer.Ordinal) { "CO", "TV", "ME", "FM", "LY", "WS", "TO", "NU" };

    public static string? Of(string? publisher, string? url) => FromName(publisher) ?? FromAddress(url);

    private static string? FromName(string? publisher)
    {
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return null;
        }
        // Only the publisher itself, not the outlet it came through: "(via EIN Presswire)".
        var own = publisher.Split('(')[0];
        var words = own.Split([' ', ',', '/', '-'], StringSplitOptions.RemoveEmptyEntries);
        var catalogue = CountryCatalogue.Instance;
        for (var i = 0; i < words.Length; i++)
        {
            if (Abbreviations.TryGetValue(words[i], out var code))
            {
                return code;
            }
            for (var n = Math.Min(4, words.Length - i); n >= 1; n--)
            {
                var phrase = string.Join(' ', words, i, n);
                if ((catalogue.ByName(phrase) ?? (n == 1 ? catalogue.ByDemonym(phrase) : null)) is { Independent: true } country)
                {
                    return country.Code;
                }
            }
        }
        return null;
    }

    private static string? FromAddress(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address))
        {
            return null;
        }
        var last = address.Host.Split('.')[^1].ToUpperInvariant();
        var code = last == "UK" ? "GB" : last;
        return code.Length == 2 && !SoldAsGeneric.Contains(code) && CountryCatalogue.Instance.ByCode(code) is { Independent: true } ? code : null;
    }
}
