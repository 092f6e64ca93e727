namespace Amity.Extraction.Text;

/// <summary>
/// Splits an article into sentences: every line break ends one, and so does a full stop, question or
/// exclamation mark followed by a capital, a digit or a quote. Abbreviations keep their stop in the tokenizer.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longest stretch tokenized at once; a longer line is cut at a space, so memory stays bounded.</summary>
    internal const int MaxWindow = 4000;

    public static List<Sentence> Split(string text, int start, int end, int headlineEnd)
    {
        var sentences = new List<Sentence>();
        var lineStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == end || text[i] == '\n')
            {
                SplitWindows(text, lineStart, WithoutFileExtension(text, lineStart, i), headlineEnd, sentences);
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    /// <summary>A photo caption's line ends with the image's file name extension ("….JPG"): not part of the text.</summary>
    private static int WithoutFileExtension(string text, int start, int end)
    {
        var e = end;
        while (e > start && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        if (e - start > 5 && ArticleSplitter.IsCaption(text, (start, e)))
        {
            return text.LastIndexOf('.', e - 1, e - start);
        }
        return end;
    }

    private static void SplitWindows(string text, int start, int end, int headlineEnd, List<Sentence> sentences)
    {
        while (end - start > MaxWindow)
        {
            var cut = start + MaxWindow;
            var space = text.LastIndexOf(' ', cut - 1, MaxWindow / 2);
            cut = space > start ? space : cut;
            SplitLine(text, start, cut, headlineEnd, sentences);
            start = cut;
        }
        SplitLine(text, start, end, headlineEnd, sentences);
    }

    /// <summary>A line's tokens, reused line after line: each sentence copies out its own exact slice.</summary>
    [ThreadStatic]
    private static List<Token>? _line;

    private static void SplitLine(string text, int start, int end, int headlineEnd, List<Sentence> sentences)
    {
        var tokens = _line ??= [];
        tokens.Clear();
        Tokenizer.Tokenize(text, start, end, tokens);
        var first = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var stop = token.Text[0] is '.' or '!' or '?' || ClosingAbbreviation(token);
            var closes = false;
            if (stop && t + 1 < tokens.Count)
            {
                // A closing quote after the stop belongs to the sentence.
                if (tokens[t + 1].Text[0] is '"' or '”' or '’' && (t + 2 == tokens.Count || OpensSentence(tokens[t + 2])))
                {
                    closes = true;
                    t++;
                }
                else
                {
                    closes = token.Text[0] is '.' or '!' or '?' ? OpensSentence(tokens[t + 1]) : StartsSentence(tokens[t + 1]);
                }
            }
            if (closes || t == tokens.Count - 1)
            {
                Add(tokens, first, t, headlineEnd, sentences);
                first = t + 1;
            }
        }
    }

    /// <summary>
    /// An abbreviation that may end a sentence with its own stop ("U.S.", "etc.", "Ltd."); a title ("Mr.", "Dr.")
    /// or an initial never does.
    /// </summary>
    private static bool ClosingAbbreviation(Token token)
    {
        var text = token.Text;
        if (text.Length < 3 || text[^1] != '.')
        {
            return false;
        }
        var bare = token.Bare;
        return bare is "etc" or "ltd" or "inc" or "co" or "corp" or "jr" or "sr" || (bare.Contains('.', StringComparison.Ordinal) && bare.Length <= 6 && char.IsUpper(text[0]) && bare is not "h.e");
    }

    /// <summary>Words that open a sentence and hardly ever continue a name ("The", "He", "In").</summary>
    private static bool StartsSentence(Token next) =>
        next.IsCapitalised && SentenceOpeners.Contains(next.Text);

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "This", "These", "That", "Those", "He", "She", "It", "They", "We", "I", "In", "On", "At", "By", "During",
        "But", "Both", "However", "Meanwhile", "Earlier", "Later", "Last", "Next", "A", "An", "His", "Her", "Their", "Its",
        "According", "After", "Before", "When", "While", "As", "Since", "There", "Our", "You",
    };

    private static bool OpensSentence(Token next) =>
        next.IsCapitalised || next.IsNumber || next.Text[0] is '"' or '“' or '‘' or '(' or '•';

    private static void Add(List<Token> tokens, int first, int last, int headlineEnd, List<Sentence> sentences)
    {
        if (last < first)
        {
            return;
        }
        var slice = tokens.GetRange(first, last - first + 1);
        var start = slice[0].Start;
        sentences.Add(new Sentence(sentences.Count, start, slice[^1].End, slice, start < headlineEnd));
    }
}
