using System.Globalization;
using System.Text;

namespace Amity.Domain;

/// <summary>
/// The snake_case wire names of the domain's enums ("in_person", "think_tank", "1.5"), shared by
/// import, export, the API and the UI so each value has one spelling.
/// </summary>
public static class Codes
{
    public static string Of<T>(T value) where T : struct, Enum =>
        Spellings<T>.ByValue.TryGetValue(value, out var code) ? code : Spell(value);

    public static T Parse<T>(string text, string field) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new DomainException(field, $"'{text}' is not one of: {string.Join(", ", All<T>())}");

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Spellings<T>.ByCode.TryGetValue(text?.Trim() ?? "", out value);

    public static IEnumerable<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => Of(v));

    private static string Spell<T>(T value) where T : struct, Enum => value switch
    {
        DialogueTrack.Track1 => "1",
        DialogueTrack.Track1Half => "1.5",
        DialogueTrack.Track2 => "2",
        _ => Snake(value.ToString()),
    };

    // Each enum's spellings made once: an import of a million records reads and writes several codes a record.
    private static class Spellings<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> ByValue = Enum.GetValues<T>().ToDictionary(v => v, Spell);
        public static readonly Dictionary<string, T> ByCode = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);
    }

    private static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                sb.Append('_');
            }
            sb.Append(char.ToLower(pascal[i], CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
