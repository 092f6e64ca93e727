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
        // The key is never longer than the name: a space is written only in place of a separator dropped.
        Span<char> key = decomposed.Length <= 256 ? stackalloc char[decomposed.Length] : new char[decomposed.Length];
        var length = 0;
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
                if (space && length > 0)
                {
                    key[length++] = ' ';
                }
                key[length++] = char.ToLowerInvariant(c);
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
        // A name already in key form (most words) is its own key: no copy.
        return key[..length].SequenceEqual(name) ? name : key[..length].ToString();
    }
}
