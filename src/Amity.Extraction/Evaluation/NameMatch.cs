using Amity.Domain;

namespace Amity.Extraction;

/// <summary>
/// Name comparison of the annotation guide: after case-folding and removing accents and punctuation
/// (<see cref="NameKey"/>), two names match when they are equal, when one's tokens are a subset of the
/// other's, or when their tokens differ only by small, transliteration-sized edits ("Stephanou" ~ "Stefanou").
/// </summary>
public static class NameMatch
{
    public static bool Matches(string? a, string? b)
    {
        var ka = NameKey.Of(a);
        var kb = NameKey.Of(b);
        if (ka.Length == 0 || kb.Length == 0)
        {
            return false;
        }
        if (string.Equals(ka, kb, StringComparison.Ordinal))
        {
            return true;
        }
        var ta = ka.Split(' ');
        var tb = kb.Split(' ');
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        return SubsetWithin(small, large);
    }

    /// <summary>Each token of <paramref name="small"/> pairs with a distinct, equal or nearly equal token of <paramref name="large"/>.</summary>
    private static bool SubsetWithin(string[] small, string[] large)
    {
        var used = new bool[large.Length];
        foreach (var token in small)
        {
            var found = -1;
            for (var i = 0; i < large.Length && found < 0; i++)
            {
                if (!used[i] && string.Equals(token, large[i], StringComparison.Ordinal))
                {
                    found = i;
                }
            }
            for (var i = 0; i < large.Length && found < 0; i++)
            {
                // An initial stands for the name it begins ("T. Okoro").
                if (!used[i] && (Transliteration(token, large[i]) || (Math.Min(token.Length, large[i].Length) == 1 && token[0] == large[i][0])))
                {
                    found = i;
                }
            }
            if (found < 0)
            {
                return false;
            }
            used[found] = true;
        }
        return true;
    }

    /// <summary>Same initial and an edit distance of at most a quarter of the shorter spelling (at least one).</summary>
    internal static bool Transliteration(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || a[0] != b[0])
        {
            return false;
        }
        var limit = Math.Max(1, Math.Min(a.Length, b.Length) / 4);
        return Math.Abs(a.Length - b.Length) <= limit && EditDistance(a, b, limit) <= limit;
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it exceeds the limit.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
