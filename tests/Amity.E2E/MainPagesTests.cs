using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>Each main page renders, passes the accessibility check, and is photographed for the docs.</summary>
[Collection(SharedSite.Name)]
public class MainPagesTests(Site site)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/?year=2024", "dashboard" },
        { "/engagements", "engagements" },
        { "/countries", "countries" },
        { "/organisations", "organisations" },
        { "/people", "people" },
        { "/readouts", "readouts" },
        { "/review", "review" },
        { "/delegations", "delegations" },
        { "/dialogues", "dialogues" },
        { "/calendar?month=2025-06", "calendar" },
        { "/network", "network" },
        { "/account", "account" },
        { "/admin/users", "accounts" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task APageShouldRenderAccessibly(string path, string name)
    {
        var page = await site.OpenAsync(path);
        (await page.Locator("h1").CountAsync()).ShouldBe(1, $"{path} has one top heading");
        await Site.ShouldBeAccessibleAsync(page);
        await Site.ScreenshotAsync(page, name);
    }

    [Fact]
    public async Task TheKeyboardShouldReachEveryMenuEntryFromTheSkipLink()
    {
        var page = await site.OpenAsync("/");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to content");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        (await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')")).ShouldBe("/engagements");
        // Polls the address rather than waiting for a load event a fast navigation may already have fired.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/engagements$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Engagements");
    }
}
