using System.Globalization;
using System.Text;

namespace Amity.Domain;

/// <summary>
/// The form names are compared in: case-folded, accents and punctuation removed, spaces collapsed,
/// so "Stéphanou," and "stephanou" are the same key.
/// </summary>
public static class NameKey
{
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        // Normalize(FormD) would decompose accents, but not in invariant globalization mode: Accents does it.
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var raw in decomposed)
        {
            var c = Accents.Strip(raw);
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is '\'' or '’')
            {
                // "People's" and "Peoples" are the same name.
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }
}
