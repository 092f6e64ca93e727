using System.Text.Json;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>Markup and script in names, titles, places, organisations and readouts are shown as text and never run, in a real browser.</summary>
[Collection(SharedSite.Name)]
public class HostileInputTests(Site site)
{
    private const string ScriptName = "<script>window.__xss = 'script'</script>Mallory Vex";
    private const string ImageTitle = "\"><img src=x onerror=\"window.__xss = 'img'\">Envoy";
    private const string SvgPlace = "<svg onload=\"window.__xss = 'svg'\"></svg>Lyon";
    private const string OrganisationName = "<iframe src=\"javascript:window.parent.__xss='iframe'\"></iframe>Vex Institute";

    private static async Task ShouldBeInertAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        (await page.EvaluateAsync<string?>("() => window.__xss ?? null")).ShouldBeNull($"script ran on {path}");
        var elements = await page.Locator("main script:not([src^='/assets/']), main img[src='x'], main svg[onload], main iframe").EvaluateAllAsync<string[]>("all => all.map(e => e.outerHTML)");
        elements.ShouldBeEmpty($"markup became elements on {path}");
    }

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
                    new { name = ScriptName, title = ImageTitle, organization = OrganisationName, country = "FR", side = 0, role = "host" },
                    new { name = "Ines <b>Bold</b> Ortega", country = "ES", side = 1, role = "guest" },
                },
                sources = Array.Empty<object>(),
            },
        });
        created.Status.ShouldBe(201, await created.TextAsync());
        var id = JsonDocument.Parse(await created.BodyAsync()).RootElement.GetProperty("engagement").GetProperty("id").GetInt64();

        var host = JsonDocument.Parse(await created.BodyAsync()).RootElement.GetProperty("engagement").GetProperty("participants")
            .EnumerateArray().First(p => p.GetProperty("side").GetInt32() == 0);
        var (person, organisation) = (host.GetProperty("personId").GetInt64(), host.GetProperty("organisationId").GetInt64());
        foreach (var path in new[]
        {
            $"/engagements/{id}", "/engagements?q=Mallory", "/people?q=Mallory", $"/engagements/{id}/edit", $"/people/{person}",
            $"/organisations/{organisation}", "/organisations?q=Vex", "/network", "/countries/FR", "/calendar?month=2025-03", "/",
        })
        {
            await ShouldBeInertAsync(page, path);
        }
        await page.GotoAsync($"/engagements/{id}");
        var text = await page.Locator("main").InnerTextAsync();
        text.ShouldContain(ScriptName);
        text.ShouldContain("Ines <b>Bold</b> Ortega");
        await Site.ScreenshotAsync(page, "hostile-input");
    }

    [Fact]
    public async Task ScriptInAnUploadedReadoutShouldBeShownAsTextAndNeverRun()
    {
        // Readouts are third-party text: markup in them, as text or as an HTML page, must stay words on the screen.
        var file = Path.Combine(Path.GetTempPath(), $"hostile-readout-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file,
            "Oslo, May 6 — Torvald <script>window.__xss = 'readout'</script>Brekke, Chair of the Fjord <img src=x onerror=\"window.__xss = 'passage'\">Council, " +
            "met with Amara Oduya, Director of the Lakeside Policy Forum, in Oslo on Tuesday. They agreed to exchange students.");
        try
        {
            var page = await site.OpenAsync("/readouts");
            await page.GetByLabel("Readout file").SetInputFilesAsync(file);
            await page.GetByLabel("Published on").FillAsync("2026-05-07");
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and extract" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("await review");
            var readouts = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/readouts?count=500")).BodyAsync()).RootElement;
            var readout = readouts.EnumerateArray().Single(r => r.GetProperty("key").GetString() == Path.GetFileName(file)).GetProperty("id").GetInt64();
            var pending = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/review?pageSize=500")).BodyAsync()).RootElement
                .GetProperty("items").EnumerateArray().Where(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("name").GetString()!.Contains("Oduya", StringComparison.Ordinal)))
                .Select(e => e.GetProperty("id").GetInt64()).ToList();
            pending.ShouldNotBeEmpty("the readout's meeting awaits review");
            foreach (var path in new[] { "/readouts", $"/readouts/{readout}", "/review", $"/engagements/{pending[0]}" })
            {
                await ShouldBeInertAsync(page, path);
            }
            await page.GotoAsync($"/readouts/{readout}");
            (await page.Locator("pre.readout-text").InnerTextAsync()).ShouldContain("<script>window.__xss = 'readout'</script>");
        }
        finally
        {
            File.Delete(file);
        }
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
