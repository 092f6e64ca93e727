using Amity.Extraction;

namespace Amity.Extraction.Tests;

public sealed class HtmlTextTests
{
    [Fact]
    public void Keeps_the_article_and_drops_navigation()
    {
        var html = """
            <html><head><title>x</title><script>var a = 1;</script></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="share-buttons">Share on social</div>
            <article><h1>Orvan Tellis meets Kenyan delegation</h1>
            <p>Nairobi, February 27th—Orvan Tellis met here today with a delegation.</p>
            <p>Both   sides <b>agreed</b> to deepen ties.</p></article>
            <footer>Copyright</footer></body></html>
            """;
        var text = HtmlText.ArticleText(html);
        text.ShouldBe("Orvan Tellis meets Kenyan delegation\n\nNairobi, February 27th—Orvan Tellis met here today with a delegation.\n\nBoth sides agreed to deepen ties.");
    }

    [Fact]
    public void Offsets_point_into_the_extracted_text()
    {
        var text = HtmlText.ArticleText("<body><p>BEIJING, Feb. 28 (Newswire) -- Vice Premier Dong Meiling met with Norwegian Foreign Minister Eirik Halvorsen in Beijing on Wednesday.</p></body>");
        var record = new ReadoutExtractor().Extract(new ReadoutDocument("p.html", text, new DateOnly(2024, 3, 1))).ShouldHaveSingleItem();
        var source = record.Sources.ShouldHaveSingleItem();
        text[source.Start..source.End].ShouldStartWith("BEIJING, Feb. 28");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<<<>>>")]
    [InlineData("<p>unclosed <b>bold <i>italic")]
    public void Bad_html_gives_text_or_nothing(string? html) => Should.NotThrow(() => HtmlText.ArticleText(html));
}

public sealed class HtmlPublishedDateTests
{
    [Theory]
    [InlineData("""<html><head><meta property="article:published_time" content="2024-02-27T23:30:00+08:00"></head><body><p>x</p></body></html>""", "2024-02-27")]
    [InlineData("""<html><head><meta property="og:published_time" content="2023-07-21"></head></html>""", "2023-07-21")]
    [InlineData("""<html><head><meta name="pubdate" content="20220305"></head></html>""", "2022-03-05")]
    [InlineData("""<html><head><meta name="DC.date" content="2021/12/15"></head></html>""", "2021-12-15")]
    [InlineData("""<html><head><meta name="date" content="Tue, 27 Feb 2024 10:00:00 GMT"></head></html>""", "2024-02-27")]
    [InlineData("""<html><body><span itemprop="x"></span><meta itemprop="datePublished" content="2019-12-23"></body></html>""", "2019-12-23")]
    [InlineData("""<html><body><article><time datetime="2015-09-10T08:00">Sept 10</time><p>x</p></article></body></html>""", "2015-09-10")]
    public void Reads_common_metadata(string html, string expected) =>
        HtmlText.PublishedDate(html).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_json_ld_in_a_graph()
    {
        var html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},{"@type":"NewsArticle","headline":"y","datePublished":"2023-04-14T09:00:00-03:00"}]}
            </script></head><body><p>z</p></body></html>
            """;
        HtmlText.PublishedDate(html).ShouldBe(new DateOnly(2023, 4, 14));
    }

    [Fact]
    public void Prefers_the_publication_meta_to_a_time_element()
    {
        var html = """<html><head><meta name="article:published_time" content="2024-01-05"></head><body><time datetime="2020-01-01">old</time></body></html>""";
        HtmlText.PublishedDate(html).ShouldBe(new DateOnly(2024, 1, 5));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html><body><p>No dates here.</p></body></html>")]
    [InlineData("""<html><head><meta name="date" content="not a date"><script type="application/ld+json">{broken</script></head></html>""")]
    public void Gives_null_without_a_date(string? html) =>
        HtmlText.PublishedDate(html).ShouldBeNull();
}
