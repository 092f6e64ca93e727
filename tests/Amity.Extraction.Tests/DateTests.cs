using System.Globalization;
using Amity.Extraction.Mentions;
using Amity.Extraction.Resolution;

namespace Amity.Extraction.Tests;

/// <summary>Date expressions in invented sentences, found and resolved against a reference day.</summary>
public sealed class DateTests
{
    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>Each mention of the text resolved against the reference, as "date" or "date..end".</summary>
    private static List<string> Resolve(string text, string reference = "2024-03-10")
    {
        var result = new List<string>();
        Amity.Domain.PartialDate? previous = null;
        foreach (var m in DateFinder.Find(text, 0, text.Length))
        {
            var date = DateResolver.Resolve(m, Day(reference), previous);
            var end = m.RangeEnd is { } e ? DateResolver.Resolve(e with { Year = e.Year ?? m.Year }, Day(reference), previous) : null;
            result.Add(end is null ? $"{date}" : $"{date}..{end}");
            previous = date ?? previous;
        }
        return result;
    }

    [Theory]
    [InlineData("The envoys met on 27 February 2024 in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on February 27, 2024 in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on Feb. 27 in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on the 27th February in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on 2024-02-27 in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on 27th of February in Oslo.", "2024-02-27")]
    [InlineData("The envoys met on Sept. 3 in Oslo.", "2023-09-03")]
    [InlineData("The envoys met in March 2019 in Oslo.", "2019-03")]
    [InlineData("The envoys met in December in Oslo.", "2023-12")]
    [InlineData("The envoys met in March in Oslo.", "2024-03")]
    [InlineData("The envoys met this June.", "2024-06")]
    [InlineData("The envoys met last October.", "2023-10")]
    [InlineData("The envoys met in June last year.", "2023-06")]
    [InlineData("The envoys met in 2013.", "2013")]
    [InlineData("The envoys met last year.", "2023")]
    [InlineData("The envoys met on Wednesday.", "2024-03-06")]
    [InlineData("The envoys met yesterday.", "2024-03-09")]
    [InlineData("The envoys met on 27/02/2024.", "2024-02-27")]
    [InlineData("The envoys met on Monday, March 4.", "2024-03-04")]
    [InlineData("The envoys met on Tuesday 27 February 2024.", "2024-02-27")]
    [InlineData("The envoys met on 02/27/2024.", "2024-02-27")]
    [InlineData("The envoys met on the 5th.", "2024-03-05")]
    [InlineData("The envoys met on the 25th.", "2024-02-25")]
    [InlineData("The envoys met on the 5th May.", "2023-05-05")]
    public void Single_dates(string sentence, string expected) =>
        Resolve(sentence).ShouldBe([expected]);

    [Theory]
    [InlineData("She paid a state visit from February 27-March 2.", "2024-02-27..2024-03-02")]
    [InlineData("She paid a state visit from 3 to 6 April.", "2023-04-03..2023-04-06")]
    [InlineData("She paid a state visit from 30th October to 3rd November 2022.", "2022-10-30..2022-11-03")]
    [InlineData("The tour began on Thursday and ends on Sunday.", "2024-03-07..2024-03-10")]
    public void Ranges(string sentence, string expected) =>
        Resolve(sentence).ShouldBe([expected]);

    [Fact]
    public void An_ambiguous_numeric_date_is_not_guessed() =>
        DateFinder.Find("The envoys met on 03/04/2024.", 0, 29).ShouldBeEmpty();

    [Fact]
    public void A_day_alone_takes_the_running_month() =>
        Resolve("They met on 12 January. On the 14th they signed.").ShouldBe(["2024-01-12", "2024-01-14"]);

    [Fact]
    public void A_verb_may_is_not_a_month() =>
        Resolve("The two sides agreed that talks may resume and may continue.").ShouldBeEmpty();

    [Fact]
    public void No_date_gives_nothing() =>
        Resolve("The minister welcomed the delegation and praised the friendship.").ShouldBeEmpty();

    [Fact]
    public void The_following_day_counts_from_the_previous_date() =>
        Resolve("They met on 27 February. The following day they toured the port.").ShouldBe(["2024-02-27", "2024-02-28"]);

    [Theory]
    [InlineData("OSLO, Feb. 28 (Newswire) -- The minister met his guest on Wednesday.")]
    [InlineData("Oslo, February 28th—The minister met his guest here today.")]
    [InlineData("OSLO/BERGEN, February 28. /Wire/. The ministers held a virtual summit.")]
    [InlineData("28 February 2024, Oslo — The minister met his guest.")]
    [InlineData("February 28, 2024 – The minister met his guest.")]
    public void Datelines_are_marked(string sentence)
    {
        var dates = DateFinder.Find(sentence, 0, sentence.Length);
        dates[0].IsDateline.ShouldBeTrue();
        DateResolver.Dateline(dates, Day("2024-03-10")).ToString().ShouldBe("2024-02-28");
    }

    [Fact]
    public void A_date_inside_a_sentence_is_no_dateline()
    {
        foreach (var sentence in new[] { "The minister, February 28 being a holiday, met his guest.", "28 February 2024 was the day the minister met his guest - in Oslo." })
        {
            DateFinder.Find(sentence, 0, sentence.Length).ShouldAllBe(d => !d.IsDateline);
        }
    }

    [Fact]
    public void Offsets_are_into_the_whole_text()
    {
        var text = "Intro line.\nThey met on 5 May 2021 in Rome.";
        var start = text.IndexOf("They", StringComparison.Ordinal);
        var date = DateFinder.Find(text, start, text.Length).ShouldHaveSingleItem();
        text[date.Start..date.End].ShouldBe("5 May 2021");
    }
}

/// <summary>Sentence ends in invented text: abbreviations, initials and numbers keep their stops.</summary>
public sealed class SentenceTests
{
    private static List<string> Sentences(string text) =>
        Amity.Extraction.Text.SentenceSplitter.Split(text, 0, text.Length, 0).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Abbreviations_titles_and_initials_do_not_end_sentences() =>
        Sentences("Mr. Orvan Tellis met Dr. K. Lamb on Feb. 28 in Room No. 1 of the U.S. Embassy. They spoke.")
            .ShouldBe(["Mr. Orvan Tellis met Dr. K. Lamb on Feb. 28 in Room No. 1 of the U.S. Embassy.", "They spoke."]);

    [Fact]
    public void An_abbreviation_can_close_a_sentence() =>
        Sentences("She praised ties with the U.S. The talks ended. He left for Oslo, Bergen etc. By noon all had gone.")
            .ShouldBe(["She praised ties with the U.S.", "The talks ended.", "He left for Oslo, Bergen etc.", "By noon all had gone."]);

    [Fact]
    public void A_quote_and_a_line_break_close_sentences() =>
        Sentences("He said: “We agree.” She nodded\nNo. 2 was next. The vote said no. Then they left.")
            .ShouldBe(["He said: “We agree.”", "She nodded", "No. 2 was next.", "The vote said no.", "Then they left."]);

    [Fact]
    public void Offsets_are_exact_with_surrogate_pairs()
    {
        var text = "Emoji 😀 first. Then 𝒳 second.";
        var sentences = Amity.Extraction.Text.SentenceSplitter.Split(text, 0, text.Length, 0);
        sentences.Select(s => text[s.Start..s.End]).ShouldBe(["Emoji 😀 first.", "Then 𝒳 second."]);
    }
}

/// <summary>Documents that hold several articles: a news blog's front page, newest post first.</summary>
public sealed class ArticleTests
{
    private static readonly string Body =
        "The visiting delegation and its hosts spoke at length about trade, culture and the exchanges between young people of the two countries, and agreed to meet again.";

    [Fact]
    public void Each_post_of_a_digest_carries_its_own_date()
    {
        var text = "Harbour Party delegation tours the northern provinces\n\n"
            + "Posted on March 5, 2024 by editor | Leave a comment on this post please\n\n"
            + Body + "\n\n"
            + "Continue reading Harbour Party delegation tours the northern provinces\n\n"
            + "Unity Party envoy meets coastal mayors in a week of talks\n\n"
            + "February 20, 2024\n\n"
            + Body + "\n\n"
            + "Trade forum opens with a call for closer ties between regions\n\n"
            + "By Staff Writer | 12 Feb\n\n"
            + Body + "\n";
        var articles = Amity.Extraction.Text.ArticleSplitter.Split(text, new DateOnly(2024, 3, 10));
        articles.Count.ShouldBe(3);
        articles.Select(a => a.Published).ShouldBe([new DateOnly(2024, 3, 5), new DateOnly(2024, 2, 20), new DateOnly(2024, 2, 12)]);
        articles[1].Start.ShouldBe(text.IndexOf("Unity Party envoy", StringComparison.Ordinal));
        text[articles[0].Start..articles[0].HeadlineEnd].ShouldBe("Harbour Party delegation tours the northern provinces");
    }

    [Fact]
    public void A_quoted_wire_story_inside_a_post_keeps_its_dateline()
    {
        var text = "Envoys meet in the capital for a second round of talks\n\n"
            + "The following article was originally published by a wire service.\n\n"
            + "Envoys hold talks in Oslo on trade and culture ties\n\n"
            + "OSLO, Feb. 22 (Newswire) -- Norwegian Foreign Minister Eirik Halvorsen held talks with visiting Kenyan Foreign Minister Baraka Kilonzo in Oslo on Thursday, the two sides said.\n";
        var records = new ReadoutExtractor().Extract(new ReadoutDocument("d.txt", text, new DateOnly(2024, 3, 10)));
        records.ShouldContain(r => r.Date == "2024-02-22");
        records.ShouldNotContain(r => r.Date == "2024-03-07");
    }
}
