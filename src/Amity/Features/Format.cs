using System.Globalization;
using Amity.Domain.Countries;

namespace Amity.Features;

public static class Format
{
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"in_person" → "in person", for labels.</summary>
    public static string Label(string? code) => code?.Replace('_', ' ') ?? "";
}

/// <summary>A select field of the filter form: its query name, label, values and current value.</summary>
public sealed record Choice(string Name, string Label, IEnumerable<string> Values, string? Current);

public static class CountryNames
{
    /// <summary>The country's common name, or the code itself when it is not one.</summary>
    public static string Of(string? code) => CountryCatalogue.Instance.ByCode(code)?.Name ?? code ?? "";
}
