using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Features.Dashboard;
using Amity.Features.Engagements;
using Amity.Testing;

namespace Amity.Tests;

public class DashboardTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheYearsFiguresShouldAgreeWithTheEngagementList(string kind)
    {
        var client = apps[kind].CreateClient();
        var dashboard = (await client.GetFromJsonAsync<DashboardView>("/api/v1/dashboard?year=2024", Json))!;
        var held = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/engagements?from=2024-01-01&to=2024-12-31&status=held&pageSize=500", Json))!;
        var started2024 = held.Items.Where(e => e.Date!.StartsWith("2024", StringComparison.Ordinal)).ToList();

        dashboard.Total.ShouldBe(started2024.Count);
        dashboard.Total.ShouldBeGreaterThan(0);
        dashboard.ByMonth.Count.ShouldBe(12);
        dashboard.ByMonth.Sum(m => m.Count).ShouldBe(dashboard.Total);
        dashboard.ByKind.Sum(k => k.Count).ShouldBe(dashboard.Total);
        dashboard.ByMode.Sum(m => m.Count).ShouldBe(dashboard.Total);
        dashboard.ByKind.Single(k => k.Label == "call").Count.ShouldBe(started2024.Count(e => e.Kind == "call"));
        var meetingsAndCalls = started2024.Count(e => e.Kind is "meeting" or "talks" or "call");
        dashboard.Summary.ShouldStartWith($"{meetingsAndCalls} meeting");
        dashboard.TopCountries.ShouldNotBeEmpty();
        dashboard.TopCountries.Select(c => c.Count).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task WhatIsDueShouldFollowTheSeed()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient();
        var dashboard = (await client.GetFromJsonAsync<DashboardView>("/api/v1/dashboard", Json))!;
        // The sample seed has a dialogue whose last round is years old, and relationships with anniversaries.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        dashboard.OverdueRounds.ShouldAllBe(r => DateOnly.Parse(r.NextDue!, System.Globalization.CultureInfo.InvariantCulture) < today);
        dashboard.Anniversaries.ShouldAllBe(a => DateOnly.Parse(a.Date, System.Globalization.CultureInfo.InvariantCulture) >= today);
        dashboard.Anniversaries.Select(a => a.Date).ShouldBeInOrder(SortDirection.Ascending);
        (await client.GetAsync("/api/v1/dashboard?year=99999")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheHomePageShouldShowTheSameFiguresAsTheApi()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient();
        var dashboard = (await client.GetFromJsonAsync<DashboardView>("/api/v1/dashboard?year=2024", Json))!;
        var html = await client.GetStringAsync("/?year=2024");
        html.ShouldContain("<h1>2024 at a glance</h1>");
        html.ShouldContain(dashboard.Summary);
        html.ShouldContain($"<strong>{dashboard.Total}</strong> engagements held");
        foreach (var partner in dashboard.TopPartners)
        {
            html.ShouldContain($"href=\"/organisations/{partner.Id}\"");
        }
    }
}
