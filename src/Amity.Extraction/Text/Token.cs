namespace Amity.Extraction.Text;

/// <summary>A word, number or punctuation mark of the text, with its UTF-16 offsets into the article text.</summary>
internal sealed class Token
{
    public Token(string text, int start, int end)
    {
        Start = start;
        End = end;
        var span = text.AsSpan(start, end - start);
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
        _hasUpper = upper;
    }

    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    /// <summary>The text in lower case (computed on first use; the text itself when already lower case).</summary>
    public string Lower => _lower ??= LowerOf();

    /// <summary>Lower case without a possessive ending or a trailing full stop.</summary>
    public string Bare => _bare ??= BareOf();

    public bool IsWord { get; }
    public bool IsNumber { get; }
    public bool IsCapitalised { get; }
    public bool IsAllCaps { get; }
    /// <summary>"China's", "Zimbabwe’s": a possessive, whose <see cref="Bare"/> word drops the ending.</summary>
    public bool IsPossessive
    {
        get
        {
            var t = Text.AsSpan();
            return t.Length > 2 && t[^1] is 's' or 'S' && t[^2] is '\'' or '’';
        }
    }

    private readonly bool _hasUpper;
    private string? _lower;
    private string? _bare;

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

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public override string ToString() => Text;

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
