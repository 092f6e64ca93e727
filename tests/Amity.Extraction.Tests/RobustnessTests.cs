using System.Diagnostics;
using System.Text;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Extraction;

namespace Amity.Extraction.Tests;

/// <summary>Random and pathological inputs must neither crash nor hang the engine.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Vocabulary =
    [
        "met", "with", "President", "Minister", "of", "the", "Party", "(", ")", ",", ".", "delegation", "led", "by", "on",
        "February", "27", "2024", "visited", "China", "Kenya", "sent", "a", "message", "to", "Forum", "attended", "signed",
        "Arno", "Velden", "Okoro", "Tamsin", "—", "BEIJING", "Wednesday", "the following day", "he", "\n", "\n\n", "“", "”",
        "Vice", "Chairman", "Association", "for", "Friendship", "and", "MoU", "between", "-", "–", "from", "to", "March",
    ];

    [Fact]
    public void Thousands_of_random_inputs_run_quickly()
    {
        var random = new Random(20240227);
        var extractor = new ReadoutExtractor();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var text = (i % 3) switch
            {
                0 => RandomChars(random, random.Next(0, 400)),
                1 => RandomWords(random, random.Next(0, 200)),
                _ => RandomHtml(random, random.Next(0, 60)),
            };
            var input = i % 3 == 2 ? HtmlText.ArticleText(text) : text;
            var published = random.Next(4) == 0 ? (DateOnly?)null : new DateOnly(random.Next(1990, 2030), random.Next(1, 13), random.Next(1, 29));
            var records = extractor.Extract(new ReadoutDocument("fuzz", input, published));
            foreach (var r in records)
            {
                // Whatever is read, the record is one an import takes.
                RecordRules.Validate(r).ShouldBeEmpty();
                foreach (var s in r.Sources)
                {
                    s.Start.ShouldBeInRange(0, input.Length);
                    s.End.ShouldBeInRange(s.Start, input.Length);
                }
            }
        }
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Records_read_from_absurdly_long_names_stay_within_the_field_limits()
    {
        var words = string.Join(" ", Enumerable.Range(0, 120).Select(i => "Quorvalan" + (char)('a' + (i % 26))));
        var text = $"Oslo, March 3 — Chairman {words} of the {words} Institute met with President Hal Berrow in {words} on Monday. " +
            $"They attended the {words} Forum.";
        var records = new ReadoutExtractor().Extract(new ReadoutDocument("long.txt", text, new DateOnly(2025, 3, 5)));
        records.ShouldNotBeEmpty();
        records.ShouldAllBe(r => RecordRules.Validate(r).Count == 0);
        records.SelectMany(r => r.Participants).ShouldAllBe(p => (p.Name ?? "").Length <= TextLimits.Name && (p.Title ?? "").Length <= TextLimits.Title && (p.Organization ?? "").Length <= TextLimits.Title);
    }

    [Fact]
    public void A_50_MB_single_line_neither_crashes_nor_hangs()
    {
        var random = new Random(11);
        var chars = new char[50_000_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(8) == 0 ? ' ' : (char)('a' + random.Next(26));
        }
        var clock = Stopwatch.StartNew();
        _ = new ReadoutExtractor().Extract(new ReadoutDocument("big", new string(chars), new DateOnly(2024, 3, 10)));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_long_line_dense_with_names_and_triggers_is_linear()
    {
        var random = new Random(7);
        var sb = new StringBuilder(2_000_000);
        while (sb.Length < 2_000_000)
        {
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)].Replace("\n", " ", StringComparison.Ordinal)).Append(' ');
        }
        var clock = Stopwatch.StartNew();
        _ = new ReadoutExtractor().Extract(new ReadoutDocument("big", sb.ToString(), new DateOnly(2024, 3, 10)));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Deeply_nested_html_does_not_overflow()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            sb.Append("<div><span>");
        }
        sb.Append("Vice Premier Dong Meiling met with Eirik Halvorsen.");
        Should.NotThrow(() => HtmlText.ArticleText(sb.ToString()));
    }

    [Fact]
    public void Lone_surrogates_and_controls_are_harmless()
    {
        var text = "\uD800Minister \u0000Arno\uDFFF Velden met\u200B with \uFFFE Tamsin Okoro\r\n\t on 31 February 2024 and 2024-13-45.";
        Should.NotThrow(() => new ReadoutExtractor().Extract(new ReadoutDocument("x", text, null)));
    }

    private static string RandomChars(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(5) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(32, 127);
        }
        return new string(chars);
    }

    private static string RandomWords(Random random, int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(random.Next(4) == 0 ? "" : " ");
        }
        return sb.ToString();
    }

    private static string RandomHtml(Random random, int count)
    {
        string[] tags = ["div", "p", "article", "nav", "script", "b", "li", "h1"];
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var tag = tags[random.Next(tags.Length)];
            sb.Append(random.Next(3) switch { 0 => $"<{tag}>", 1 => $"</{tag}>", _ => RandomWords(random, 5) });
        }
        return sb.ToString();
    }
}
