using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Features.Engagements;
using Amity.Testing;

namespace Amity.Tests;

public class PageTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private HttpClient Client => apps[TestDatabase.Sqlite].CreateClient();

    [Fact]
    public async Task EveryRecordPageShouldShowTheRecordsHistory()
    {
        var pages = (await apps[TestDatabase.Sqlite].FirstRecordsAsync()).Select(kv => $"/{kv.Key}/{kv.Value}").ToList();
        pages.Count.ShouldBe(6);
        foreach (var page in pages)
        {
            var html = await Client.GetStringAsync(page);
            var history = html[html.IndexOf("<h2 id=\"history\">History</h2>", StringComparison.Ordinal)..];
            history.ShouldContain(" · created ", Case.Sensitive, $"{page} shows when and by whom the record was stored");
            history.ShouldNotContain("No recorded changes", Case.Sensitive, page);
        }
    }

    [Fact]
    public async Task TheEngagementListShouldShowTheFilteredEngagements()
    {
        var all = await Client.GetStringAsync("/engagements");
        var kenya = await Client.GetStringAsync("/engagements?country=KE&kind=visit");
        var api = (await Client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/engagements?country=KE&kind=visit", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;

        all.ShouldContain("<h1>Engagements</h1>");
        kenya.ShouldContain($"{api.Total} engagements");
        foreach (var e in api.Items)
        {
            kenya.ShouldContain($"href=\"/engagements/{e.Id}\"");
        }
        kenya.ShouldContain("<option value=\"KE\" selected=\"selected\">");
    }

    [Fact]
    public async Task ABadFilterShouldBeExplainedOnThePage()
    {
        var response = await Client.GetAsync("/engagements?kind=banquet");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("role=\"alert\"");
        html.ShouldContain("&#x27;banquet&#x27; is not one of");
    }

    [Fact]
    public async Task AnEngagementPageShouldShowEachSourcePassageInItsDocument()
    {
        var api = (await Client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/engagements?pageSize=500", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;
        var cited = api.Items.First(e => e.SourceCount > 1);
        var detail = (await Client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{cited.Id}", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!;

        var html = await Client.GetStringAsync($"/engagements/{cited.Id}");

        foreach (var source in detail.Sources)
        {
            var encoded = Html.Encode(source.Passage!);
            html.ShouldContain("<mark>" + encoded[..Math.Min(40, encoded.Length)]);
        }
        foreach (var participant in detail.Engagement.Participants.Where(p => p.Title is not null))
        {
            html.ShouldContain(Html.Encode(participant.Title!));
        }
        (await Client.GetAsync("/engagements/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ACountryPageShouldShowItsTimelineAndRelationships()
    {
        var html = await Client.GetStringAsync("/countries/KE");
        html.ShouldContain("<h1>Kenya");
        html.ShouldContain("<h2>Timeline</h2>");
        html.ShouldContain("diplomatic relations");
        html.ShouldContain("href=\"/engagements/");
        (await Client.GetAsync("/countries/QQ")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?year=2019")]
    [InlineData("/countries")]
    [InlineData("/organisations")]
    [InlineData("/organisations?q=Lyon")]
    [InlineData("/people")]
    [InlineData("/review")]
    [InlineData("/assets/review.js")]
    [InlineData("/assets/site.css")]
    [InlineData("/health")]
    public async Task EveryPageShouldRender(string path)
    {
        var response = await Client.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Length.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task PeopleAndOrganisationPagesShouldLinkTheirEngagements()
    {
        var people = await Client.GetStringAsync("/people");
        var link = System.Text.RegularExpressions.Regex.Match(people, "href=\"(/people/\\d+)\">Wen Lisheng<").Groups[1].Value;
        link.ShouldNotBeEmpty();
        var person = await Client.GetStringAsync(link);
        person.ShouldContain("Minister");
        person.ShouldContain("Vice Minister");
        person.ShouldContain("href=\"/engagements/");
    }
}
