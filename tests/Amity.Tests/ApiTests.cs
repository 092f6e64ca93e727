using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Features.Countries;
using Amity.Features.Engagements;
using Amity.Features.Organisations;
using Amity.Features.People;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

public class ApiTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<PageOf<EngagementSummary>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/engagements?pageSize=500&" + query, Json))!;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheListShouldReturnEveryEngagementNewestFirst(string kind)
    {
        var app = apps[kind];
        await using var db = app.Database.Context();
        var stored = await db.Engagements.CountAsync();

        var page = await ListAsync(app.CreateClient(), "");

        page.Total.ShouldBe(stored);
        page.Items.Count.ShouldBe(stored);
        var dates = page.Items.Where(e => e.Date is not null).Select(e => e.Date![..7]).ToList();
        dates.ShouldBe(dates.OrderDescending(StringComparer.Ordinal).ToList());
        page.Items.ShouldContain(e => e.Kind == "visit" && e.EndDate != null);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task EachFilterShouldKeepOnlyWhatItNames(string kind)
    {
        var client = apps[kind].CreateClient();
        var all = await ListAsync(client, "");

        var kenya = await ListAsync(client, "country=ke");
        kenya.Items.ShouldNotBeEmpty();
        kenya.Items.ShouldAllBe(e => e.Participants.Any(p => p.Country == "KE"));
        kenya.Total.ShouldBe(all.Items.Count(e => e.Participants.Any(p => p.Country == "KE")));

        var calls = await ListAsync(client, "kind=call&mode=phone");
        calls.Items.ShouldNotBeEmpty();
        calls.Items.ShouldAllBe(e => e.Kind == "call" && e.Mode == "phone");

        var in2024 = await ListAsync(client, "from=2024-01-01&to=2024-12-31");
        in2024.Items.ShouldNotBeEmpty();
        in2024.Items.ShouldAllBe(e => e.Date!.StartsWith("2024", StringComparison.Ordinal) || (e.EndDate != null && e.EndDate.StartsWith("2024", StringComparison.Ordinal)));
        in2024.Total.ShouldBeLessThan(all.Total);

        var person = kenya.Items.SelectMany(e => e.Participants).First(p => p.PersonId is not null && p.Country == "KE");
        var theirs = await ListAsync(client, $"person={person.PersonId}");
        theirs.Items.ShouldNotBeEmpty();
        theirs.Items.ShouldAllBe(e => e.Participants.Any(p => p.PersonId == person.PersonId));

        var organisation = all.Items.SelectMany(e => e.Participants).First(p => p.OrganisationId is not null);
        (await ListAsync(client, $"organisation={organisation.OrganisationId}")).Items
            .ShouldAllBe(e => e.Participants.Any(p => p.OrganisationId == organisation.OrganisationId));

        (await ListAsync(client, "status=held&verification=verified")).Items.ShouldAllBe(e => e.Status == "held" && e.Verification == "verified");
        (await ListAsync(client, "status=planned")).Items.ShouldAllBe(e => e.Status == "planned");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task FullTextShouldSearchSourcePassagesAndGiveTheSameAnswerOnBothDatabases(string kind)
    {
        var client = apps[kind].CreateClient();
        var forum = await ListAsync(client, "q=Silk+Harbour+Forum");
        forum.Items.ShouldNotBeEmpty();
        foreach (var hit in forum.Items)
        {
            var detail = (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{hit.Id}", Json))!;
            var text = string.Join(' ', detail.Sources.Select(s => s.Passage)) + " " + hit.EventName;
            text.ShouldContain("Silk Harbour", Case.Insensitive);
        }
        // The two engines return the same records for the same words.
        var other = apps[kind == TestDatabase.Sqlite ? TestDatabase.Postgres : TestDatabase.Sqlite].CreateClient();
        (await ListAsync(other, "q=Silk+Harbour+Forum")).Items.Select(e => (e.Kind, e.Date, e.Place))
            .ShouldBe(forum.Items.Select(e => (e.Kind, e.Date, e.Place)), ignoreOrder: true);
        (await ListAsync(client, "q=nonexistentword")).Total.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task PagingShouldCoverEveryEngagementOnce(string kind)
    {
        var client = apps[kind].CreateClient();
        var all = await ListAsync(client, "");
        var seen = new List<long>();
        for (var page = 1; page <= (all.Total + 9) / 10; page++)
        {
            var items = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>($"/api/v1/engagements?pageSize=10&page={page}", Json))!;
            seen.AddRange(items.Items.Select(e => e.Id));
        }
        seen.ShouldBe(all.Items.Select(e => e.Id));
    }

    [Theory]
    [InlineData("kind=banquet", "kind")]
    [InlineData("mode=telepathy", "mode")]
    [InlineData("from=2024-05-01&to=2024-01-01", "to")]
    [InlineData("pageSize=100000", "pageSize")]
    public async Task ABadFilterShouldBeAProblemNamingTheParameter(string query, string parameter)
    {
        var response = await apps[TestDatabase.Sqlite].CreateClient().GetAsync("/api/v1/engagements?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty(parameter, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task AnEngagementShouldCarryItsSourcePassagesAsTheDocumentHasThem()
    {
        var app = apps[TestDatabase.Sqlite];
        var client = app.CreateClient();
        var withSource = (await ListAsync(client, "")).Items.First(e => e.SourceCount > 0);

        var detail = (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{withSource.Id}", Json))!;

        detail.Sources.ShouldNotBeEmpty();
        await using var db = app.Database.Context();
        foreach (var source in detail.Sources)
        {
            var text = (await db.Documents.SingleAsync(d => d.Id == source.DocumentId)).Text;
            source.Passage.ShouldBe(text[source.Start..source.End]);
            source.Published.ShouldNotBeNull();
        }
        (await client.GetAsync("/api/v1/engagements/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CountriesOrganisationsAndPeopleShouldBeServed()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient();

        var countries = (await client.GetFromJsonAsync<List<CountrySummary>>("/api/v1/countries", Json))!;
        countries.Count.ShouldBeGreaterThanOrEqualTo(249);
        countries.Single(c => c.Code == "CY").Demonym.ShouldBe("Cypriot");
        var active = (await client.GetFromJsonAsync<List<CountrySummary>>("/api/v1/countries?active=true", Json))!;
        active.ShouldAllBe(c => c.Engagements > 0);

        var kenya = (await client.GetFromJsonAsync<CountryDetail>("/api/v1/countries/KE", Json))!;
        kenya.Timeline.Count.ShouldBe(kenya.Engagements);
        kenya.Relationships.ShouldContain(r => r.Kind == "diplomatic_relations");
        kenya.People.ShouldNotBeEmpty();
        (await client.GetAsync("/api/v1/countries/QQ")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var withAcronym = (await client.GetFromJsonAsync<List<OrganisationSummary>>("/api/v1/organisations?q=ILD", Json))!;
        withAcronym.ShouldContain(o => o.Aliases.Contains("ILD"));
        var organisation = (await client.GetFromJsonAsync<OrganisationDetail>($"/api/v1/organisations/{withAcronym[0].Id}", Json))!;
        organisation.Members.ShouldNotBeEmpty();

        var people = (await client.GetFromJsonAsync<List<PersonSummary>>("/api/v1/people", Json))!;
        var promoted = people.First(p => p.Name == "Wen Lisheng");
        var person = (await client.GetFromJsonAsync<PersonDetail>($"/api/v1/people/{promoted.Id}", Json))!;
        person.Positions.Count.ShouldBeGreaterThan(1);
        person.LastContact.ShouldNotBeNull();
        person.Engagements.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task TheOpenApiDocumentShouldDescribeTheApi()
    {
        var document = await apps[TestDatabase.Sqlite].CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/engagements", "/api/v1/engagements/{id}", "/api/v1/countries", "/api/v1/countries/{code}", "/api/v1/organisations", "/api/v1/people/{id}" })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
        var parameters = paths.GetProperty("/api/v1/engagements").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        parameters.ShouldContain("country");
        parameters.ShouldContain("q");
        parameters.ShouldContain("from");
    }
}
