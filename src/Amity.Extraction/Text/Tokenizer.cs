using System.Collections.Frozen;
using Amity.Extraction.Lexicons;

namespace Amity.Extraction.Text;

/// <summary>
/// Splits text into tokens in one linear pass. A word keeps inner hyphens, apostrophes and the dots of
/// abbreviations ("U.S.", "Sassou-N’guesso", "G.V.G"); a full stop joins a word only for known abbreviations
/// and initials, so that sentence ends stay visible.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longest word kept; longer runs are cut, so pathological input stays linear.</summary>
    private const int MaxWord = 64;

    public static List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        Tokenize(text, start, end, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of text[start..end] to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                var j = i + 1;
                while (j < end && j - i < MaxWord)
                {
                    var d = text[j];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark)
                    {
                        j++;
                    }
                    else if ((d is '-' or '\'' or '’' or '.' or '‐' or '–') && j + 1 < end && char.IsLetterOrDigit(text[j + 1])
                        && !(d is '.' && char.IsDigit(text[j + 1]) && !char.IsDigit(text[j - 1])))
                    {
                        // "2020.07.14" stays one token, as do "U.S" and "N’guesso"; "–" only between digits ("8–10").
                        if (d is '–' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1])))
                        {
                            break;
                        }
                        j += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                if (j < end && text[j] == '.' && KeepsStop(text, i, j))
                {
                    j++;
                }
                tokens.Add(new Token(text, i, j));
                i = j;
                continue;
            }
            // Runs of the same punctuation ("--", "...") are one token.
            var k = i + 1;
            while (k < end && text[k] == c && k - i < MaxWord)
            {
                k++;
            }
            tokens.Add(new Token(text, i, k));
            i = k;
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        Words.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool KeepsStop(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial
        }
        if (word.Contains('.'))
        {
            return true; // "U.S", "D.C", "H.E"
        }
        if (word.Length > 8)
        {
            return false;
        }
        if (word is "No" or "no" or "Nos" or "nos")
        {
            // "No. 1", but "said no." ends a sentence.
            var k = end + 1;
            while (k < text.Length && text[k] == ' ')
            {
                k++;
            }
            return k < text.Length && char.IsAsciiDigit(text[k]);
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Abbreviations.Contains(lower);
    }
}
