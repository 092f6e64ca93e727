using System.Collections.Concurrent;

namespace Amity.Extraction.Text;

/// <summary>A word, number or punctuation mark of the text, with its UTF-16 offsets into the article text.</summary>
internal sealed class Token
{
    public Token(string text, int start, int end)
    {
        Start = start;
        End = end;
        var span = text.AsSpan(start, end - start);
        Text = TokenStrings.Get(span);
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
    /// <summary>The text in lower case (computed on first use, shared with equal tokens).</summary>
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
        return TokenStrings.Get(buffer[..written]);
    }

    private string BareOf()
    {
        var lower = Lower;
        var l = lower.AsSpan();
        if (l.EndsWith("'s", StringComparison.Ordinal) || l.EndsWith("’s", StringComparison.Ordinal))
        {
            return TokenStrings.Get(l[..^2]);
        }
        var trimmed = l.TrimEnd('.');
        return trimmed.Length == l.Length ? lower : TokenStrings.Get(trimmed);
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

/// <summary>
/// Shared strings for token texts: the words of readouts repeat, so each distinct short word is allocated once
/// and looked up by span afterwards. Bounded, so endless distinct input cannot grow it without limit; thread-safe.
/// </summary>
internal static class TokenStrings
{
    private const int MaxLength = 32;
    private const int MaxEntries = 200_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int _count;

    public static string Get(ReadOnlySpan<char> span)
    {
        if (span.Length > MaxLength)
        {
            return span.ToString();
        }
        if (Lookup.TryGetValue(span, out var known))
        {
            return known;
        }
        var text = span.ToString();
        if (Volatile.Read(ref _count) < MaxEntries && Cache.TryAdd(text, text))
        {
            Interlocked.Increment(ref _count);
        }
        return text;
    }
}
