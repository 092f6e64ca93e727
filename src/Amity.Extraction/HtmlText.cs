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
