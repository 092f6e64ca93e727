using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Features.Organisations;
using Amity.Features.People;
using Amity.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Amity.Tests;

/// <summary>Merging duplicate people and organisations, and what their pages show; on databases of their own since they write.</summary>
public class RegistryMergeTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<EngagementDetail> EnterAsync(HttpClient client, string date, params object[] participants)
    {
        var response = await client.PostAsJsonAsync("/api/v1/engagements", new { kind = "meeting", date, mode = "in_person", participants }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ADuplicatePersonShouldBeMergedKeepingTheirRecordsAndNames(string kind)
    {
        var client = apps[kind].CreateClient();
        var people = (await client.GetFromJsonAsync<List<PersonSummary>>("/api/v1/people", Json))!;
        var keep = people.Single(p => p.Name == "Wen Lisheng");
        // A misspelt name the registry cannot match becomes a new person: the duplicate.
        var entered = await EnterAsync(client, "2026-03-02",
            new { name = "Test Wenn Lishengg Twin", country = "CN", side = 0, role = "host", principal = true },
            new { name = "Test Guest Mwangi", country = "KE", side = 1, role = "guest" });
        var duplicateId = entered.Engagement.Participants.Single(p => p.Side == 0).PersonId!.Value;
        duplicateId.ShouldNotBe(keep.Id);

        (await client.PostAsJsonAsync($"/api/v1/people/{duplicateId}/merge", new MergeRequest(duplicateId), Json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync($"/api/v1/people/{duplicateId}/merge", new MergeRequest(999999), Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var merged = await client.PostAsJsonAsync($"/api/v1/people/{duplicateId}/merge", new MergeRequest(keep.Id), Json);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await merged.Content.ReadFromJsonAsync<PersonDetail>(Json))!;
        after.Person.Id.ShouldBe(keep.Id);
        after.Person.Aliases.ShouldContain("Test Wenn Lishengg Twin");
        after.Person.Aliases.ShouldContain("Wen Li-sheng");
        after.Engagements.Select(e => e.Id).ShouldContain(entered.Engagement.Id);
        after.LastContact.ShouldNotBeNull();
        after.Contacts.ShouldContain(c => c.Name == "Test Guest Mwangi" && c.Country == "KE");
        after.Positions.ShouldNotBeEmpty();

        (await client.GetAsync($"/api/v1/people/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var record = (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{entered.Engagement.Id}", Json))!;
        record.Engagement.Participants.Single(p => p.Side == 0).PersonId.ShouldBe(keep.Id);
        var history = (await client.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/people/{keep.Id}/history", Json))!;
        history.ShouldContain(h => h.Note == $"merged person {duplicateId} into {keep.Id}");

        // The alias now matches: a later report under the misspelt name names the kept person.
        var later = await EnterAsync(client, "2026-03-09",
            new { name = "Test Wenn Lishengg Twin", country = "CN", side = 0, role = "host" },
            new { name = "Test Guest Mwangi", country = "KE", side = 1, role = "guest" });
        later.Engagement.Participants.Single(p => p.Side == 0).PersonId.ShouldBe(keep.Id);

        var page = await client.GetStringAsync($"/people/{keep.Id}");
        page.ShouldContain("People met");
        page.ShouldContain("Test Guest Mwangi");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ADuplicateOrganisationShouldBeMergedKeepingItsRecordsMembersAndNames(string kind)
    {
        var client = apps[kind].CreateClient();
        var organisations = (await client.GetFromJsonAsync<List<OrganisationSummary>>("/api/v1/organisations", Json))!;
        var keep = organisations.Single(o => o.Name == "International Liaison Department of the Harmony Party");
        var before = (await client.GetFromJsonAsync<OrganisationDetail>($"/api/v1/organisations/{keep.Id}", Json))!;
        before.Partnerships.ShouldContain(p => p.Organisation == "Kenya Progressive Alliance" && p.Kind == "partnership");

        var entered = await EnterAsync(client, "2026-04-20",
            new { name = "Test Official Zhou", organization = "Test Liaison Dept Duplicate", title = "Deputy Director", country = "CN", side = 0, role = "host" },
            new { name = "Test Guest Atieno", country = "KE", side = 1, role = "guest" });
        var duplicateId = entered.Engagement.Participants.Single(p => p.Side == 0).OrganisationId!.Value;
        duplicateId.ShouldNotBe(keep.Id);

        var merged = await client.PostAsJsonAsync($"/api/v1/organisations/{duplicateId}/merge", new MergeRequest(keep.Id), Json);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await merged.Content.ReadFromJsonAsync<OrganisationDetail>(Json))!;
        after.Organisation.Aliases.ShouldContain("Test Liaison Dept Duplicate");
        after.Organisation.Aliases.ShouldContain("ILD");
        after.Engagements.Select(e => e.Id).ShouldContain(entered.Engagement.Id);
        after.EngagementCount.ShouldBe(before.EngagementCount + 1);
        after.Partnerships.Count.ShouldBe(before.Partnerships.Count);
        (await client.GetAsync($"/api/v1/organisations/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var history = (await client.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/organisations/{keep.Id}/history", Json))!;
        history.ShouldContain(h => h.Note == $"merged organisation {duplicateId} into {keep.Id}");
    }

    [Fact]
    public async Task ThePersonPageFormShouldRefuseAnEmptyChoiceAndThenMerge()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var keep = (await client.GetFromJsonAsync<List<PersonSummary>>("/api/v1/people", Json))!.Single(p => p.Name == "Wen Lisheng");
        var entered = await EnterAsync(client, "2026-05-04",
            new { name = "Test Form Twin Wenlisheng", country = "CN", side = 0, role = "host" },
            new { name = "Test Form Guest Chebet", country = "KE", side = 1, role = "guest" });
        var duplicateId = entered.Engagement.Participants.Single(p => p.Side == 0).PersonId!.Value;
        var html = await client.GetStringAsync($"/people/{duplicateId}");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();

        var refused = await client.PostAsync($"/people/{duplicateId}?handler=Merge",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["into"] = "" }));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("id=\"into-error\"");
        page.ShouldContain("choose the person to keep");

        var merged = await client.PostAsync($"/people/{duplicateId}?handler=Merge",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["into"] = $"{keep.Id}" }));
        merged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        merged.Headers.Location!.ToString().ShouldBe($"/people/{keep.Id}");
        (await client.GetAsync($"/people/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetStringAsync($"/people/{keep.Id}")).ShouldContain("Test Form Guest Chebet");
    }

    [Fact]
    public async Task AnOrganisationPageShouldShowItsPartnershipsAndDialogues()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient();
        var dicc = (await client.GetFromJsonAsync<List<OrganisationSummary>>("/api/v1/organisations?q=DICC", Json))!.First();
        var detail = (await client.GetFromJsonAsync<OrganisationDetail>($"/api/v1/organisations/{dicc.Id}", Json))!;
        var consultations = detail.Dialogues.ShouldHaveSingleItem();
        consultations.Name.ShouldContain("Consultations on People-to-People Cooperation");
        consultations.Rounds.ShouldBeGreaterThan(0);

        var page = await client.GetStringAsync($"/organisations/{dicc.Id}");
        page.ShouldContain("Dialogue mechanisms");
        page.ShouldContain(Html.Encode(consultations.Name));
        page.ShouldContain("is a duplicate of");
    }
}
