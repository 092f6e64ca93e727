using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Amity.Extraction;

/// <summary>
/// The article text of an HTML page: the &lt;article&gt; (or &lt;main&gt;, or body) without navigation, headers,
/// footers, scripts, forms and share or related-links boxes; one line per block, a blank line between
/// paragraphs. Extraction offsets are into this returned text, not into the HTML: keep it with the records.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "button", "select",
        "template", "canvas", "video", "audio", "object", "menu", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr",
        "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "address", "hr", "time",
    };

    private static readonly string[] BoilerplateMarks =
        ["nav", "menu", "footer", "header", "sidebar", "breadcrumb", "share", "social", "comment", "related", "advert", "cookie", "banner", "subscribe", "promo"];

    /// <summary>Never throws: invalid or hostile HTML gives whatever text can be recovered, possibly empty.</summary>
    public static string ArticleText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }
        if (MaxDepth(html) > MaxNesting)
        {
            return Tidy(StripTags(html));
        }
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            using var document = parser.ParseDocument(html);
            var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
            if (root is null)
            {
                return "";
            }
            var sb = new StringBuilder();
            // The page's headline when the article element does not hold it.
            if (root.QuerySelector("h1") is null && document.QuerySelector("h1") is { } h1)
            {
                sb.Append(Collapse(h1.TextContent)).Append("\n\n");
            }
            Walk(root, sb);
            return Tidy(sb.ToString());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return "";
        }
    }

    /// <summary>Meta names and properties that carry a page's publication date, best first.</summary>
    private static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "og:updated_time", "article:modified_time",
    ];

    /// <summary>
    /// The page's publication date from its metadata: a meta tag (article:published_time, og:published_time,
    /// name=date/pubdate/DC.date, itemprop=datePublished), JSON-LD datePublished, or a &lt;time datetime&gt; element.
    /// The calendar day as the page writes it (no time-zone shift); null when none is found. Never throws.
    /// </summary>
    public static DateOnly? PublishedDate(string? html)
    {
        if (string.IsNullOrEmpty(html) || MaxDepth(html) > MaxNesting)
        {
            return null;
        }
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            using var document = parser.ParseDocument(html);
            var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
                var value = meta.GetAttribute("content");
                if (key is not null && value is not null)
                {
                    metas.TryAdd(key.Trim(), value);
                }
            }
            foreach (var key in PublishedMeta)
            {
                if (metas.TryGetValue(key, out var value) && ParseDate(value) is { } date)
                {
                    return date;
                }
            }
            foreach (var script in document.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase)
                    && JsonLdPublished(script.TextContent) is { } date)
                {
                    return date;
                }
            }
            var times = document.QuerySelectorAll("time[datetime]");
            var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate") || string.Equals(t.GetAttribute("itemprop"), "datePublished", StringComparison.OrdinalIgnoreCase))
                ?? (times.Length > 0 ? times[0] : null);
            return preferred is null ? null : ParseDate(preferred.GetAttribute("datetime"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static DateOnly? JsonLdPublished(string json)
    {
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
            var stack = new Stack<System.Text.Json.JsonElement>();
            stack.Push(doc.RootElement);
            var seen = 0;
            while (stack.Count > 0 && seen++ < 10_000)
            {
                var e = stack.Pop();
                if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
                {
                    foreach (var item in e.EnumerateArray().Reverse())
                    {
                        stack.Push(item);
                    }
                }
                else if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
                {
                    if (e.TryGetProperty("datePublished", out var published) && published.ValueKind == System.Text.Json.JsonValueKind.String
                        && ParseDate(published.GetString()) is { } date)
                    {
                        return date;
                    }
                    foreach (var property in e.EnumerateObject().Reverse())
                    {
                        if (property.Value.ValueKind is System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Array)
                        {
                            stack.Push(property.Value);
                        }
                    }
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
        }
        return null;
    }

    /// <summary>"2024-02-27T10:00:00+08:00", "2024-02-27", "2024/02/27", "20240227", or any invariant date: the day as written.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        var v = value.AsSpan().Trim();
        if (v.Length >= 8 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[1]) && char.IsAsciiDigit(v[2]) && char.IsAsciiDigit(v[3]))
        {
            var separated = v.Length >= 10 && v[4] is '-' or '/' or '.' && v[7] == v[4];
            var (mAt, dAt) = separated ? (5, 8) : (4, 6);
            if (int.TryParse(v[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y)
                && int.TryParse(v.Slice(mAt, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m)
                && int.TryParse(v.Slice(dAt, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d)
                && y is >= 1000 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, d);
            }
        }
        return DateTimeOffset.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    /// <summary>Iterative depth-first walk (no recursion, so deeply nested pages cannot overflow the stack).</summary>
    private static void Walk(INode root, StringBuilder sb)
    {
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (leaving)
                {
                    if (block)
                    {
                        sb.Append("\n\n");
                    }
                    continue;
                }
                if (Dropped.Contains(element.LocalName) || IsBoilerplate(element))
                {
                    continue;
                }
                if (element.LocalName == "br")
                {
                    sb.Append('\n');
                    continue;
                }
                if (block)
                {
                    sb.Append("\n\n");
                }
                stack.Push((node, true));
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node.NodeType == NodeType.Text)
            {
                sb.Append(node.TextContent);
            }
            else if (!leaving && node == root)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
        }
    }

    /// <summary>Nesting beyond which the HTML parser's cost grows too fast; such pages are read by stripping tags.</summary>
    private const int MaxNesting = 1000;

    /// <summary>A rough, linear estimate of tag nesting: opening tags minus closing tags, at most.</summary>
    private static int MaxDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }
            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsLetter(html[i + 1]))
            {
                max = Math.Max(max, ++depth);
            }
        }
        return max;
    }

    /// <summary>Fallback for hostile pages: text outside tags, a line break for each tag.</summary>
    private static string StripTags(string html)
    {
        var sb = new StringBuilder(html.Length / 2);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                sb.Append('\n');
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                sb.Append(c);
            }
        }
        return System.Net.WebUtility.HtmlDecode(sb.ToString());
    }

    private static bool IsBoilerplate(IElement element)
    {
        if (element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "complementary")
        {
            return true;
        }
        var marks = (element.ClassName ?? "") + " " + (element.Id ?? "");
        if (marks.Length < 2 || element.LocalName is "article" or "main" or "body")
        {
            return false;
        }
        var lower = marks.ToLowerInvariant();
        return BoilerplateMarks.Any(m => lower.Contains(m, StringComparison.Ordinal));
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Collapses spaces inside lines and runs of blank lines to one.</summary>
    private static string Tidy(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var line in raw.Split('\n'))
        {
            var collapsed = Collapse(line);
            if (collapsed.Length == 0)
            {
                if (sb.Length > 0 && !(sb.Length >= 2 && sb[^1] == '\n' && sb[^2] == '\n'))
                {
                    sb.Append('\n');
                }
                continue;
            }
            if (sb.Length > 0 && sb[^1] != '\n')
            {
                sb.Append('\n');
            }
            sb.Append(collapsed).Append('\n');
        }
        return sb.ToString().Trim('\n');
    }
}
