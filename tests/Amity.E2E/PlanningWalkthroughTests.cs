using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>A programme officer plans a delegation and marks it held, and records a dialogue round, in the browser.</summary>
[Collection(SharedSite.Name)]
public class PlanningWalkthroughTests(Site site)
{
    private static readonly SelectOptionValue FirstChoice = new() { Index = 1 };

    [Fact]
    public async Task APlannedDelegationMarkedHeldShouldHoldItsMeetings()
    {
        var page = await site.OpenAsync("/delegations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan a delegation" }).ClickAsync();

        // The server refuses a plan without dates and says so next to the field.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Harbour cities study tour");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan delegation" }).ClickAsync();
        await Assertions.Expect(page.Locator("#start-error")).ToContainTextAsync("start is required");
        await Assertions.Expect(page.GetByLabel("Arrives or leaves on")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByLabel("Direction").SelectOptionAsync("outbound");
        await page.GetByLabel("Country (where it comes from or goes to)").SelectOptionAsync("NO");
        await page.GetByLabel("Arrives or leaves on").FillAsync("2027-05-10");
        await page.GetByLabel("Ends on").FillAsync("2027-05-14");
        await page.GetByLabel("Led by").SelectOptionAsync(FirstChoice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan delegation" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/delegations/\d+$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Harbour cities study tour");

        // A meeting outside the delegation's dates is refused by field; inside them it joins the programme.
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2027-06-01");
        await page.GetByLabel("Meeting with (Ctrl or Shift for several)").SelectOptionAsync(new SelectOptionValue { Index = 2 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to programme" }).ClickAsync();
        await Assertions.Expect(page.Locator("#date-error")).ToContainTextAsync("outside the delegation's dates");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2027-05-11");
        await page.GetByLabel("Place").FillAsync("Bergen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to programme" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Programme item added.");
        var programme = page.Locator("table.itinerary tbody tr");
        await Assertions.Expect(programme).ToHaveCountAsync(1);
        await Assertions.Expect(programme.First).ToContainTextAsync("planned");

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark held" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The delegation is now held.");
        await Assertions.Expect(programme.First).ToContainTextAsync("held");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mark held" })).ToHaveCountAsync(0);
        await Site.ShouldBeAccessibleAsync(page);
        await Site.ScreenshotAsync(page, "delegation");

        // The programme's meeting is now a held engagement, on its own page too.
        await programme.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/engagements/\d+$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bergen");

        // The printable itinerary carries the same programme.
        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable itinerary" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.itinerary tbody tr")).ToHaveCountAsync(1);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.bar")).ToBeHiddenAsync();
        await Site.ScreenshotAsync(page, "itinerary-print");
    }

    [Fact]
    public async Task ARecordedRoundShouldCountAndClearTheMechanismsDueDate()
    {
        var page = await site.OpenAsync("/dialogues/new");
        await page.GetByLabel("Name").FillAsync("Fjord Cities Dialogue");
        await page.GetByLabel("Track").SelectOptionAsync("2");
        await page.GetByLabel("A round every (months)").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up dialogue" }).ClickAsync();
        await Assertions.Expect(page.Locator("#partnerIds-error")).ToContainTextAsync("at least one partner");

        await page.GetByLabel("Partner organisations, host first (Ctrl or Shift for several)")
            .SelectOptionAsync(new[] { FirstChoice, new SelectOptionValue { Index = 2 } });
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up dialogue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/dialogues/\d+$"));

        // A round held four months ago, with a cadence of three, leaves the mechanism overdue.
        var held = DateTime.UtcNow.AddMonths(-4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByLabel("Round number")).ToHaveValueAsync("1");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(held);
        await page.GetByLabel("Place").FillAsync("Stavanger");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Round recorded.");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Round 1" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync("overdue");
        await Assertions.Expect(page.GetByLabel("Round number")).ToHaveValueAsync("2");

        // Recording the next round brings it up to date.
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Record round" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Round 2" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dl.facts")).Not.ToContainTextAsync("overdue");
        await Site.ShouldBeAccessibleAsync(page);
        await Site.ScreenshotAsync(page, "dialogue");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dialogues" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Fjord Cities Dialogue" })).ToBeVisibleAsync();
    }
}
