using System.Text.Json;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>
/// What an analyst does with a new readout: upload it, review and accept its records from the keyboard,
/// find them again by full-text search and by facets; and the dashboard's figures agree with the API's.
/// </summary>
[Collection(SharedSite.Name)]
public class ReadoutWalkthroughTests(Site site)
{
    // A fictional readout, written for this test.
    private const string Readout =
        "Bodø, April 14 — Marit Kvalheim, President of the Northern Lights Friendship Association, met with " +
        "Arjun Mehrotra, Director of the Deccan Forum for Public Affairs, in Bodø on Tuesday. " +
        "They agreed to hold a youth exchange in the autumn.";

    [Fact]
    public async Task AnUploadedReadoutShouldBeReviewedAcceptedAndFound()
    {
        var file = Path.Combine(Path.GetTempPath(), $"northern-lights-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Readout);
        try
        {
            var page = await site.OpenAsync("/readouts");
            await page.GetByLabel("Readout file").SetInputFilesAsync(file);
            await page.GetByLabel("Published on").FillAsync("2026-04-15");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and extract" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("await review");

            // The review queue, from the keyboard: the first record has focus; move to ours with j, accept with a.
            await page.GotoAsync("/review");
            var ours = page.Locator("article.review", new() { HasText = "Kvalheim" });
            await Assertions.Expect(ours).ToHaveCountAsync(1);
            await Assertions.Expect(ours.Locator("mark")).ToContainTextAsync("Kvalheim");
            await Site.ScreenshotAsync(page, "review-uploaded");
            var id = await ours.GetAttributeAsync("data-id");
            var position = await page.Locator("article.review").EvaluateAllAsync<int>($"(items, id) => items.findIndex(i => i.dataset.id === id)", id);
            for (var i = 0; i < position; i++)
            {
                await page.Keyboard.PressAsync("j");
            }
            (await page.EvaluateAsync<string>("document.activeElement.dataset.id")).ShouldBe(id);
            await page.Keyboard.PressAsync("a");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Record {id} accepted");
            await Assertions.Expect(page.Locator("article.review", new() { HasText = "Kvalheim" })).ToHaveCountAsync(0);

            // Full-text search finds it by a name in its passage, and the facets narrow to it.
            await page.GotoAsync("/engagements");
            await page.GetByLabel("Search text").FillAsync("Kvalheim");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(1);
            await page.GetByLabel("Kind").SelectOptionAsync("meeting");
            await page.GetByLabel("Verification").SelectOptionAsync("verified");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(1);
            await Site.ScreenshotAsync(page, "engagements-search");
            await page.GetByLabel("Kind").SelectOptionAsync("call");
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(0);

            // The record page shows the passage it came from, highlighted.
            await page.GotoAsync($"/engagements/{id}");
            await Assertions.Expect(page.Locator("mark").First).ToContainTextAsync("Kvalheim");
            await Site.ShouldBeAccessibleAsync(page);
            await Site.ScreenshotAsync(page, "engagement");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task ABadUploadShouldSayWhatIsWrongNextToTheField()
    {
        var page = await site.OpenAsync("/readouts");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and extract" }).ClickAsync();
        await Assertions.Expect(page.Locator("#file-error")).ToContainTextAsync("choose a readout file");
        await Assertions.Expect(page.GetByLabel("Readout file")).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task TheDashboardShouldShowTheApisFigures()
    {
        var page = await site.OpenAsync("/?year=2024");
        var api = await page.APIRequest.GetAsync("/api/v1/dashboard?year=2024");
        api.Ok.ShouldBeTrue();
        var figures = (await api.JsonAsync())!.Value;

        var total = figures.GetProperty("total").GetInt32();
        total.ShouldBeGreaterThan(0);
        (await page.Locator(".stats li", new() { HasText = "engagements held" }).Locator("strong").TextContentAsync()).ShouldBe(total.ToString());
        (await page.Locator(".stats li", new() { HasText = "awaiting review" }).Locator("strong").TextContentAsync())
            .ShouldBe(figures.GetProperty("awaitingReview").GetInt32().ToString());
        (await page.Locator(".lead").TextContentAsync())!.TrimEnd('.').ShouldBe(figures.GetProperty("summary").GetString());
        foreach (var chart in new[] { ("byKind", "by-kind"), ("byMode", "by-mode"), ("byChannel", "by-channel"), ("byMonth", "by-month") })
        {
            var expected = figures.GetProperty(chart.Item1).EnumerateArray().Select(t => t.GetProperty("count").GetInt32().ToString()).ToList();
            var shown = await page.Locator($"section[aria-labelledby={chart.Item2}] td.n").AllTextContentsAsync();
            shown.ShouldBe(expected, chart.Item1);
        }
        var top = figures.GetProperty("topCountries").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToList();
        (await page.Locator("section[aria-labelledby=countries] li").CountAsync()).ShouldBe(top.Count);
    }
}
