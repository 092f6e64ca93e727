using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>The network graph draws from the API, a person's node opens their page, and a path is found.</summary>
[Collection(SharedSite.Name)]
public class NetworkWalkthroughTests(Site site)
{
    [Fact]
    public async Task ClickingAPersonInTheGraphShouldOpenTheirPage()
    {
        var page = await site.OpenAsync("/network");
        await Assertions.Expect(page.Locator("#graph[data-ready='true']")).ToHaveCountAsync(1);
        var nodes = await page.EvaluateAsync<int>("window.amityGraph.nodes().length");
        nodes.ShouldBeGreaterThan(1);

        // Clicks a person's node where Cytoscape drew it on the screen.
        var point = await page.EvaluateAsync<double[]>(
            "(() => { const n = window.amityGraph.nodes('[kind = \"person\"]')[0]; const r = document.getElementById('graph').getBoundingClientRect(); const p = n.renderedPosition(); return [r.left + p.x, r.top + p.y, Number(n.id().slice(1))]; })()");
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/people/{point[2]}$"));
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AStrongTieShouldGiveAPathFromItsOrganisationToItsPerson()
    {
        var page = await site.OpenAsync("/network");
        var tie = page.Locator("table.list tbody tr", new() { HasText = "took part for" }).First;
        var person = await tie.Locator("a[href^='/people/']").GetAttributeAsync("href");
        var organisation = await tie.Locator("a[href^='/organisations/']").GetAttributeAsync("href");
        await page.GetByLabel("From organisation").SelectOptionAsync(organisation!.Split('/')[^1]);
        await page.GetByLabel("To person").SelectOptionAsync(person!.Split('/')[^1]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find a path" }).ClickAsync();
        var steps = page.Locator("ol.path li");
        await Assertions.Expect(steps).ToHaveCountAsync(2);
        await Assertions.Expect(steps.Last.Locator($"a[href='{person}']")).ToHaveCountAsync(1);
    }
}
