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
