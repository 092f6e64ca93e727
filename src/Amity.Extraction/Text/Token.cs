using System.Runtime.InteropServices;

namespace Amity.Extraction.Text;

/// <summary>A word, number or punctuation mark of the text, with its UTF-16 offsets into the article text.</summary>
internal sealed class Token
{
    private readonly Lexeme _lexeme;

    public Token(string text, int start, int end)
    {
        Start = start;
        End = end;
        _lexeme = Lexeme.Of(text.AsSpan(start, end - start));
    }

    public int Start { get; }
    public int End { get; }
    public string Text => _lexeme.Text;
    /// <summary>The text in lower case (the text itself when already lower case).</summary>
    public string Lower => _lexeme.Lower;

    /// <summary>Lower case without a possessive ending or a trailing full stop.</summary>
    public string Bare => _lexeme.Bare;

    public bool IsWord => _lexeme.IsWord;
    public bool IsNumber => _lexeme.IsNumber;
    public bool IsCapitalised => _lexeme.IsCapitalised;
    public bool IsAllCaps => _lexeme.IsAllCaps;
    /// <summary>"China's", "Zimbabwe’s": a possessive, whose <see cref="Bare"/> word drops the ending.</summary>
    public bool IsPossessive => _lexeme.IsPossessive;

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public override string ToString() => Text;
}

/// <summary>
/// A token's spelling and what follows from it, shared by every token spelled the same: most of a text is a few
/// hundred words repeated, so interning them (per thread, bounded) saves most of the tokenizer's allocation.
/// </summary>
internal sealed class Lexeme
{
    /// <summary>Distinct spellings kept per thread; beyond this the pool starts afresh, so memory stays bounded.</summary>
    private const int MaxPool = 50_000;

    [ThreadStatic]
    private static Dictionary<string, Lexeme>? _pool;

    private readonly bool _hasUpper;
    private string? _lower;
    private string? _bare;

    private Lexeme(ReadOnlySpan<char> span)
    {
        Text = span.ToString();
        var first = span[0];
        IsWord = char.IsLetterOrDigit(first);
        IsNumber = char.IsDigit(first);
        IsCapitalised = char.IsUpper(first);
        var letters = false;
        var upper = false;
        var lower = false;
        foreach (var c in span)
        {
            if (char.IsLetter(c))
            {
                letters = true;
                if (char.IsUpper(c))
                {
                    upper = true;
                }
                else
                {
                    lower = true;
                }
            }
        }
        IsAllCaps = IsWord && span.Length > 1 && letters && !lower;
        IsPossessive = span.Length > 2 && span[^1] is 's' or 'S' && span[^2] is '\'' or '’';
        _hasUpper = upper;
    }

    public string Text { get; }
    public bool IsWord { get; }
    public bool IsNumber { get; }
    public bool IsCapitalised { get; }
    public bool IsAllCaps { get; }
    public bool IsPossessive { get; }
    public string Lower => _lower ??= LowerOf();
    public string Bare => _bare ??= BareOf();

    public static Lexeme Of(ReadOnlySpan<char> span)
    {
        var pool = _pool ??= new Dictionary<string, Lexeme>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var known))
        {
            return known;
        }
        if (pool.Count >= MaxPool)
        {
            pool.Clear();
        }
        var lexeme = new Lexeme(span);
        CollectionsMarshal.GetValueRefOrAddDefault(pool, lexeme.Text, out _) = lexeme;
        return lexeme;
    }

    private string LowerOf()
    {
        var span = Text.AsSpan();
        if (!_hasUpper && !NeedsLowering(span))
        {
            return Text;
        }
        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var written = span.ToLowerInvariant(buffer);
        return buffer[..written].ToString();
    }

    private string BareOf()
    {
        var lower = Lower;
        var l = lower.AsSpan();
        if (l.EndsWith("'s", StringComparison.Ordinal) || l.EndsWith("’s", StringComparison.Ordinal))
        {
            return l[..^2].ToString();
        }
        var trimmed = l.TrimEnd('.');
        return trimmed.Length == l.Length ? lower : trimmed.ToString();
    }

    /// <summary>Characters that lower-case although they are not upper-case letters (title case, some symbols).</summary>
    private static bool NeedsLowering(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c > 0x7F && char.ToLowerInvariant(c) != c)
            {
                return true;
            }
        }
        return false;
    }
}
