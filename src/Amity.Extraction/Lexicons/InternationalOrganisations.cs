using System.Collections.Frozen;

namespace Amity.Extraction.Lexicons;

/// <summary>
/// The intergovernmental organisations readouts name by acronym alone, without defining it ("China and the EU",
/// "ASEAN partners"): a party to engagements in its own right, representing no single country.
/// </summary>
internal static class InternationalOrganisations
{
    private static readonly FrozenDictionary<string, string> ByAcronym = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EU"] = "European Union",
        ["ASEAN"] = "Association of Southeast Asian Nations",
        ["AU"] = "African Union",
        ["UN"] = "United Nations",
        ["NATO"] = "North Atlantic Treaty Organization",
        ["SCO"] = "Shanghai Cooperation Organisation",
        ["OSCE"] = "Organization for Security and Co-operation in Europe",
        ["OAS"] = "Organization of American States",
        ["WHO"] = "World Health Organization",
        ["WTO"] = "World Trade Organization",
        ["IMF"] = "International Monetary Fund",
        ["APEC"] = "Asia-Pacific Economic Cooperation",
        ["CELAC"] = "Community of Latin American and Caribbean States",
        ["ECOWAS"] = "Economic Community of West African States",
        ["SADC"] = "Southern African Development Community",
        ["GCC"] = "Gulf Cooperation Council",
        ["CICA"] = "Conference on Interaction and Confidence-Building Measures in Asia",
        ["UNESCO"] = "United Nations Educational, Scientific and Cultural Organization",
        ["CIS"] = "Commonwealth of Independent States",
        ["EAEU"] = "Eurasian Economic Union",
        ["PIF"] = "Pacific Islands Forum",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The full name of an acronym ("EU" → "European Union"), or null.</summary>
    public static string? Full(string acronym) => ByAcronym.GetValueOrDefault(acronym);
}
