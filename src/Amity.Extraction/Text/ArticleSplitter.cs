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
        published ??= YearLabel(text, lines);
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
            var end = a + 1 < starts.Count ? ArticleStart(text, lines, starts[a + 1]) : text.Length;
            var headlineEnd = firstLine.End - firstLine.Start <= MaxHeadline && !EndsSentence(text, firstLine) ? firstLine.End : firstLine.Start;
            var start = a == 0 ? firstLine.Start : ArticleStart(text, lines, starts[a]);
            articles.Add(new Article(start, end, headlineEnd, DateLine(text, lines, starts[a], end, published) ?? published));
        }
        if (articles.Count == 0)
        {
            articles.Add(new Article(0, text.Length, 0, published));
        }
        return articles;
    }

    /// <summary>A post's date or byline line: "Posted on March 5, 2024 by editor", "By Staff Writer | 12 Feb", "February 20, 2024".</summary>
    private static bool IsDateOrByline(string text, (int Start, int End) line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        if (span.Length > 120)
        {
            return false;
        }
        if (span.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || span.StartsWith("Posted ", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("Published ", StringComparison.OrdinalIgnoreCase) || span.StartsWith("Updated", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("Written by", StringComparison.OrdinalIgnoreCase) || span.StartsWith("Date:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // A short line that is mostly a full date.
        if (span.Count(' ') > 6)
        {
            return false;
        }
        foreach (var d in DateFinder.Find(text, line.Start, line.End))
        {
            if (d.Anchor == DateAnchor.Calendar && d.Day is not null && d.Month is not null && (d.End - d.Start) * 2 >= span.Length)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An article opens at its headline, or at the photo caption ("… meets the President.JPG") just above it.</summary>
    private static int ArticleStart(string text, List<(int Start, int End)> lines, int headline) =>
        headline > 0 && IsCaption(text, lines[headline - 1]) ? lines[headline - 1].Start : lines[headline].Start;

    /// <summary>A line naming an image file: a photo caption.</summary>
    internal static bool IsCaption(string text, (int Start, int End) line)
    {
        var span = text.AsSpan(line.Start, line.End - line.Start);
        return span.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || span.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase)
            || span.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || span.EndsWith(".gif", StringComparison.OrdinalIgnoreCase)
            || span.EndsWith(".webp", StringComparison.OrdinalIgnoreCase);
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
        if (IsCaption(text, lines[i]) || IsDateOrByline(text, lines[i]) || text.AsSpan(s, e - s).Contains('©') || text.AsSpan(s, e - s).StartsWith("Continue reading", StringComparison.Ordinal))
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
        while (next < lines.Count && next <= i + 2 && (lines[next].End - lines[next].Start < 60 || IsDateOrByline(text, lines[next])) && next + 1 < lines.Count)
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

    /// <summary>
    /// An archive page's year label near the top ("Year: 2017", "Archive 2017") when the document has no publication
    /// date: the year's last day then anchors dates given without a year ("in November", "30th October").
    /// </summary>
    private static DateOnly? YearLabel(string text, List<(int Start, int End)> lines)
    {
        for (var i = 0; i < lines.Count && i < 4; i++)
        {
            var (s, e) = lines[i];
            if (e - s > 24)
            {
                continue;
            }
            var line = text.AsSpan(s, e - s);
            var digits = line.IndexOfAnyInRange('0', '9');
            if (digits < 0 || digits + 4 != line.Length || !line[..digits].TrimEnd().TrimEnd(':').TrimEnd().ContainsAnyExceptInRange('0', '9'))
            {
                if (!(digits == 0 && line.Length == 4))
                {
                    continue;
                }
            }
            if (int.TryParse(line[digits..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
            {
                return new DateOnly(year, 12, 31);
            }
        }
        return null;
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
                // "Posted on 26 May 2025", "March 5 | Staff writer": a full day, its year given or the latest before publication.
                if (d.Anchor == DateAnchor.Calendar && d.Month is not null && d.Day is not null && (d.Year is not null || IsDateOrByline(text, lines[i]))
                    && Resolution.DateResolver.Resolve(d, published, null) is { Precision: Amity.Domain.DatePrecision.Day } resolved)
                {
                    var date = resolved.First;
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
