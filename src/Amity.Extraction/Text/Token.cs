namespace Amity.Extraction.Text;

/// <summary>A word, number or punctuation mark of the text, with its UTF-16 offsets into the article text.</summary>
internal sealed class Token
{
    public Token(string text, int start, int end)
    {
        Start = start;
        End = end;
        Text = text[start..end];
        Lower = Text.ToLowerInvariant();
        var first = Text[0];
        IsWord = char.IsLetterOrDigit(first);
        IsNumber = char.IsDigit(first);
        IsCapitalised = char.IsUpper(first);
        IsAllCaps = IsWord && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Any(char.IsLetter);
        // "China's", "Zimbabwe’s": the bare word and a possessive flag.
        if (Lower.EndsWith("'s", StringComparison.Ordinal) || Lower.EndsWith("’s", StringComparison.Ordinal))
        {
            IsPossessive = true;
            Bare = Lower[..^2];
        }
        else
        {
            Bare = Lower.TrimEnd('.');
        }
    }

    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    public string Lower { get; }

    /// <summary>Lower case without a possessive ending or a trailing full stop.</summary>
    public string Bare { get; }

    public bool IsWord { get; }
    public bool IsNumber { get; }
    public bool IsCapitalised { get; }
    public bool IsAllCaps { get; }
    public bool IsPossessive { get; }

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);

    public override string ToString() => Text;
}
