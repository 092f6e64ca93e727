namespace Amity.Extraction.Text;

/// <summary>A sentence of an article: its span in the article text and its tokens.</summary>
internal sealed class Sentence
{
    public Sentence(int index, int start, int end, List<Token> tokens, bool isHeadline)
    {
        Index = index;
        Start = start;
        End = end;
        Tokens = tokens;
        IsHeadline = isHeadline;
    }

    public int Index { get; }
    public int Start { get; }
    public int End { get; }
    public List<Token> Tokens { get; }

    /// <summary>The article's headline: short, no verb tense, present tense for past events.</summary>
    public bool IsHeadline { get; }
}
