using Amity.Extraction.Mentions;

namespace Amity.Extraction.Text;

/// <summary>
/// Splits a document into articles. A news digest holds many posts one after another, each opened by a
/// headline: a short line standing alone between blank lines, with no closing punctuation, followed by a
/// paragraph of body text. A single readout is one article whose first line, if short, is its headline.
/// Each article's own date line ("Posted on 26 May 2025", "Source: Xinhua | 2023-07-21") near its top
/// becomes its publication date.
/// </summary>
internal static class ArticleSplitter
{
    private const int MaxHeadline = 160;
    private const int MinBody = 120;

    public static List<Article> Split(string text, DateOnly? published)
    {
        var lines = Lines(text);
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || IsHeadline(text, lines, i))
            {
                starts.Add(i);
            }
        }
        var articles = new List<Article>();
        for (var a = 0; a < starts.Count; a++)
        {
            var firstLine = lines[starts[a]];
            var end = a + 1 < starts.Count ? lines[starts[a + 1]].Start : text.Length;
            var headlineEnd = firstLine.End - firstLine.Start <= MaxHeadline && !EndsSentence(text, firstLine) ? firstLine.End : firstLine.Start;
            articles.Add(new Article(firstLine.Start, end, headlineEnd, DateLine(text, lines, starts[a], end, published) ?? published));
        }
        if (articles.Count == 0)
        {
            articles.Add(new Article(0, text.Length, 0, published));
        }
        return articles;
    }

    private static List<(int Start, int End)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var (s, e) = Trim(text, start, i);
                if (e > s)
                {
                    lines.Add((s, e));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static (int, int) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return (s, e);
    }

    private static bool IsHeadline(string text, List<(int Start, int End)> lines, int i)
    {
        var (s, e) = lines[i];
        if (e - s > MaxHeadline || e - s < 12 || !char.IsUpper(text[s]) || EndsSentence(text, lines[i]))
        {
            return false;
        }
        if (text.AsSpan(s, e - s).Contains('©') || text.AsSpan(s, e - s).StartsWith("Continue reading", StringComparison.Ordinal))
        {
            return false;
        }
        // Stands alone: a blank line before and after.
        if (!BlankBefore(text, s) || i + 1 >= lines.Count || !BlankBefore(text, lines[i + 1].Start))
        {
            return false;
        }
        var words = text.AsSpan(s, e - s).Count(' ') + 1;
        if (words < 3)
        {
            return false;
        }
        // Followed by body text (a long paragraph), perhaps after a date line.
        var next = i + 1;
        if (next < lines.Count && lines[next].End - lines[next].Start < 60 && next + 1 < lines.Count)
        {
            next++;
        }
        return lines[next].End - lines[next].Start >= MinBody;
    }

    private static bool EndsSentence(string text, (int Start, int End) line) =>
        text[line.End - 1] is '.' or ':' or ';' or ',' or '?' or '!' or '"' or '”' && !(line.End - line.Start < 40 && text[line.End - 1] == '?');

    private static bool BlankBefore(string text, int start)
    {
        var newlines = 0;
        for (var k = start - 1; k >= 0; k--)
        {
            if (text[k] == '\n')
            {
                newlines++;
                if (newlines >= 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(text[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A full date (with its year) alone on one of the article's first short lines.</summary>
    private static DateOnly? DateLine(string text, List<(int Start, int End)> lines, int first, int end, DateOnly? published)
    {
        for (var i = first + 1; i < lines.Count && i <= first + 3 && lines[i].Start < end; i++)
        {
            var (s, e) = lines[i];
            if (e - s > 80)
            {
                continue;
            }
            foreach (var d in DateFinder.Find(text, s, e))
            {
                if (d.Anchor == DateAnchor.Calendar && d.Year is { } y && d.Month is { } m && d.Day is { } day)
                {
                    var date = new DateOnly(y, m, day);
                    // A page date far from the document's own is a date in the text, not the posting date.
                    if (published is null || Math.Abs(date.DayNumber - published.Value.DayNumber) < 400)
                    {
                        return date;
                    }
                }
            }
        }
        return null;
    }
}
