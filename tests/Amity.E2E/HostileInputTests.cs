using System.Text.Json;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>Markup and script in names, titles and places are shown as text and never run, in a real browser.</summary>
[Collection(SharedSite.Name)]
public class HostileInputTests(Site site)
{
    private const string ScriptName = "<script>window.__xss = 'script'</script>Mallory Vex";
    private const string ImageTitle = "\"><img src=x onerror=\"window.__xss = 'img'\">Envoy";
    private const string SvgPlace = "<svg onload=\"window.__xss = 'svg'\"></svg>Lyon";

    [Fact]
    public async Task ScriptInARecordShouldBeShownAsTextAndNeverRun()
    {
        var page = await site.OpenAsync("/engagements");
        // Entered through the API, as a signed-in editor's script would.
        var created = await page.APIRequest.PostAsync("/api/v1/engagements", new APIRequestContextOptions
        {
            DataObject = new
            {
                kind = "meeting",
                date = "2025-03-04",
                mode = "in_person",
                place = SvgPlace,
                participants = new object[]
                {
                    new { name = ScriptName, title = ImageTitle, country = "FR", side = 0, role = "host" },
                    new { name = "Ines <b>Bold</b> Ortega", country = "ES", side = 1, role = "guest" },
                },
                sources = Array.Empty<object>(),
            },
        });
        created.Status.ShouldBe(201, await created.TextAsync());
        var id = JsonDocument.Parse(await created.BodyAsync()).RootElement.GetProperty("engagement").GetProperty("id").GetInt64();

        foreach (var path in new[] { $"/engagements/{id}", "/engagements?q=Mallory", "/people?q=Mallory", $"/engagements/{id}/edit" })
        {
            await page.GotoAsync(path);
            (await page.EvaluateAsync<string?>("() => window.__xss ?? null")).ShouldBeNull($"script ran on {path}");
            (await page.Locator("main script, main img[src='x'], main svg[onload]").CountAsync()).ShouldBe(0, $"markup became elements on {path}");
        }
        await page.GotoAsync($"/engagements/{id}");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain(ScriptName);
        text.ShouldContain("Ines <b>Bold</b> Ortega");
        await Site.ScreenshotAsync(page, "hostile-input");
    }

    [Fact]
    public async Task ARequestBodyOverTheLimitShouldBeRefusedBeforeItIsRead()
    {
        // Kestrel's own limit, which only a real server (not the in-memory test host) applies; sent signed in.
        var page = await site.OpenAsync("/");
        var response = await page.Context.APIRequest.PostAsync("/api/v1/engagements", new()
        {
            DataByte = new byte[Web.AmityWebHost.MaxRequestBytes + 1],
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        response.Status.ShouldBe(413);
        await page.Context.CloseAsync();
    }
}
