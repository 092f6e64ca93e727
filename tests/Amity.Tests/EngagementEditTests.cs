using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>Entering and correcting engagements through the API and the form, on databases of their own since they write.</summary>
public class EngagementEditTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static object Meeting(string place, params object[] participants) => new
    {
        kind = "meeting",
        date = "2026-05-12",
        mode = "in_person",
        place,
        participants,
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnEnteredRecordShouldBeMatchedToTheRegistryAndStoredOnce(string kind)
    {
        var client = apps[kind].CreateClient();
        var body = Meeting("Kisumu",
            new { name = "Wen Lisheng", country = "CN", side = 0, role = "host", principal = true },
            new { name = "Test Visitor Achieng", title = "Mayor of Kisumu", country = "KE", side = 1, role = "guest" });

        var created = await client.PostAsJsonAsync("/api/v1/engagements", body, Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var detail = (await created.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
        detail.Engagement.Verification.ShouldBe("verified");
        detail.Engagement.Place.ShouldBe("Kisumu");
        var host = detail.Engagement.Participants.Single(p => p.Side == 0);
        host.PersonId.ShouldNotBeNull();
        created.Headers.Location!.ToString().ShouldBe($"/api/v1/engagements/{detail.Engagement.Id}");

        var again = await client.PostAsJsonAsync("/api/v1/engagements", body, Json);
        (await again.Content.ReadFromJsonAsync<EngagementDetail>(Json))!.Engagement.Id.ShouldBe(detail.Engagement.Id);
        var found = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/engagements?q=Kisumu", Json))!;
        found.Items.Select(e => e.Id).ShouldBe([detail.Engagement.Id]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ABadRecordShouldBeRefusedFieldByFieldAndStoreNothing(string kind)
    {
        var app = apps[kind];
        await using var db = app.Database.Context();
        var before = await db.Engagements.CountAsync();
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "dinner",
            date = "2026-05-12",
            end_date = "2026-05-01",
            participants = new object[] { new { name = "Somebody", country = "XX", side = 0, role = "host" } },
        }, Json);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("kind", out _).ShouldBeTrue();
        errors.TryGetProperty("end_date", out _).ShouldBeTrue();
        errors.GetProperty("participants[0].country")[0].GetString()!.ShouldContain("XX");
        (await db.Engagements.CountAsync()).ShouldBe(before);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TextOverItsLimitShouldBeRefusedByFieldAndStoreNothing(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        await using var db = app.Database.Context();
        var (engagements, delegations) = (await db.Engagements.CountAsync(), await db.Delegations.CountAsync());
        var pasted = string.Concat(Enumerable.Repeat("a pasted page ", 100));

        var record = await client.PostAsJsonAsync("/api/v1/engagements", Meeting(pasted, new { name = pasted, country = "KE", side = 0, role = "host" }), Json);
        record.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await record.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        errors.GetProperty("place")[0].GetString()!.ShouldContain($"at most {Domain.TextLimits.Name}");
        errors.TryGetProperty("participants[0].name", out _).ShouldBeTrue();

        var delegation = await client.PostAsJsonAsync("/api/v1/delegations", new { name = pasted, direction = "inbound", start = "2027-01-10" }, Json);
        delegation.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await delegation.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
        (await db.Engagements.CountAsync(), await db.Delegations.CountAsync()).ShouldBe((engagements, delegations));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ACorrectionShouldChangeTheRecordKeepItsSourcesAndShowInItsHistory(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        long id;
        await using (var db = app.Database.Context())
        {
            id = await db.Engagements.Where(e => e.Sources.Count > 0 && e.Participants.Count >= 2 && e.MechanismId == null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        }
        var read = await client.GetAsync($"/api/v1/engagements/{id}");
        var original = (await read.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
        var record = EngagementEditor.ToRecord(original);
        var corrected = record with
        {
            Place = "Corrected Town",
            Participants = [.. record.Participants[..^1], new Amity.Domain.Records.ParticipantRecord { Name = "Test Interpreter Otieno", Country = "KE", Side = 1, Role = "present" }],
        };

        var blind = await client.PutAsJsonAsync($"/api/v1/engagements/{id}", corrected, Amity.Domain.Records.EngagementRecord.Json);
        blind.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired, "a save that does not say which version it read is refused");
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/engagements/{id}") { Content = JsonContent.Create(corrected, options: Amity.Domain.Records.EngagementRecord.Json) };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        var response = await client.SendAsync(put);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await response.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
        after.Engagement.Place.ShouldBe("Corrected Town");
        after.Engagement.Participants.Select(p => p.Name).ShouldContain("Test Interpreter Otieno");
        after.Engagement.Participants.Select(p => p.Name).ShouldNotContain(original.Engagement.Participants[^1].Name);
        after.Engagement.Participants.Count.ShouldBe(original.Engagement.Participants.Count);
        after.Sources.Select(s => (s.Document, s.Start, s.End)).ShouldBe(original.Sources.Select(s => (s.Document, s.Start, s.End)));

        var history = (await client.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/engagements/{id}/history", Json))!;
        history.ShouldContain(h => h.Action == "changed" && h.Changes.Any(c => c.Field == "Place" && c.After == "Corrected Town"));
        history.ShouldContain(h => h.Action == "deleted" && h.Entity == "Participant");
        history.ShouldContain(h => h.Action == "created" && h.Entity == "Participant" && h.Changes.Any(c => c.After == "Test Interpreter Otieno"));
        // Participants left as they were are not touched.
        history.Count(h => h.Entity == "Participant").ShouldBe(2);

        (await client.PutAsJsonAsync("/api/v1/engagements/999999", corrected, Amity.Domain.Records.EngagementRecord.Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task<long> AnEditableRecordAsync(AmityApp app, int skip)
    {
        await using var db = app.Database.Context();
        return await db.Engagements.Where(e => e.Participants.Count >= 2 && e.MechanismId == null).OrderBy(e => e.Id).Skip(skip).Select(e => e.Id).FirstAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OfTwoApiEditsFromTheSameVersionTheSecondShouldBeRefusedAndOverwriteNothing(string kind)
    {
        var app = apps[kind];
        var id = await AnEditableRecordAsync(app, 3);
        var alice = app.ClientAs(Amity.Domain.Role.Editor);
        var bob = app.ClientAs(Amity.Domain.Role.Administrator);
        var read = await alice.GetAsync($"/api/v1/engagements/{id}");
        var etag = read.Headers.ETag!.Tag;
        var record = EngagementEditor.ToRecord((await read.Content.ReadFromJsonAsync<EngagementDetail>(Json))!);

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/engagements/{id}") { Content = JsonContent.Create(record with { Place = "First Town" }, options: Amity.Domain.Records.EngagementRecord.Json) };
        first.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var saved = await alice.SendAsync(first);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        saved.Headers.ETag!.Tag.ShouldNotBe(etag);

        var second = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/engagements/{id}") { Content = JsonContent.Create(record with { Place = "Second Town" }, options: Amity.Domain.Records.EngagementRecord.Json) };
        second.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        var refused = await bob.SendAsync(second);
        refused.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var problem = await refused.Content.ReadAsStringAsync();
        problem.ShouldContain("was changed by editor");
        problem.ShouldContain("your changes were not saved");
        (await bob.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{id}", Json))!.Engagement.Place.ShouldBe("First Town");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OfTwoFormsOpenedOnTheSameRecordTheSecondSaveShouldBeRefusedWithAClearMessage(string kind)
    {
        var app = apps[kind];
        var id = await AnEditableRecordAsync(app, 4);
        // The form as a browser would send it: its inputs (checked boxes only) and the chosen options.
        async Task<List<KeyValuePair<string, string>>> OpenAsync(HttpClient client, string place)
        {
            var page = await client.GetStringAsync($"/engagements/{id}/edit");
            var html = Regex.Match(page, "<form method=\"post\" class=\"form\".*?</form>", RegexOptions.Singleline).Value;
            var fields = new List<KeyValuePair<string, string>>();
            foreach (Match input in Regex.Matches(html, "<input[^>]*>"))
            {
                var tag = input.Value;
                var name = Regex.Match(tag, "name=\"([^\"]+)\"");
                if (!name.Success || (tag.Contains("type=\"checkbox\"", StringComparison.Ordinal) && !tag.Contains("checked", StringComparison.Ordinal)))
                {
                    continue;
                }
                var value = System.Net.WebUtility.HtmlDecode(Regex.Match(tag, "value=\"([^\"]*)\"").Groups[1].Value);
                fields.Add(new(name.Groups[1].Value, name.Groups[1].Value == "place" ? place : value));
            }
            foreach (Match select in Regex.Matches(html, "<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
            {
                var chosen = Regex.Match(select.Groups[2].Value, "<option[^>]*value=\"([^\"]*)\"[^>]*selected");
                fields.Add(new(select.Groups[1].Value, chosen.Success ? chosen.Groups[1].Value : ""));
            }
            fields.ShouldContain(f => f.Key == "version");
            fields.ShouldContain(f => f.Key == "place");
            return fields;
        }
        var alice = app.ClientAs(Amity.Domain.Role.Editor);
        var bob = app.ClientAs(Amity.Domain.Role.Editor);
        var aliceForm = await OpenAsync(alice, "Alice Town");
        var bobForm = await OpenAsync(bob, "Bob Town");

        (await alice.PostAsync($"/engagements/{id}/edit", new FormUrlEncodedContent(aliceForm))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var refused = await bob.PostAsync($"/engagements/{id}/edit", new FormUrlEncodedContent(bobForm));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("your changes were not saved");
        page.ShouldContain("value=\"Bob Town\"", Case.Sensitive, "what was typed stays in the form");
        await using var db = app.Database.Context();
        (await db.Engagements.SingleAsync(e => e.Id == id)).Place.ShouldBe("Alice Town");
    }

    [Fact]
    public async Task TheFormShouldShowProblemsNextToTheirFieldsAndThenSave()
    {
        var client = apps[TestDatabase.Sqlite].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var html = await client.GetStringAsync("/engagements/new");
        html.ShouldContain("name=\"participants[3].name\"");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["kind"] = "meeting",
            ["date"] = "12 May",
            ["status"] = "held",
            ["participants[0].name"] = "Wen Lisheng",
            ["participants[0].side"] = "0",
            ["participants[0].role"] = "host",
            ["participants[1].name"] = "",
            ["participants[1].side"] = "0",
            ["participants[1].role"] = "host",
            ["participants[2].name"] = "Test Form Guest Wanjiru",
            ["participants[2].country"] = "KE",
            ["participants[2].side"] = "1",
            ["participants[2].role"] = "guest",
        };

        var refused = await client.PostAsync("/engagements/new", new FormUrlEncodedContent(form));
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await refused.Content.ReadAsStringAsync();
        page.ShouldContain("id=\"date-error\"");
        page.ShouldContain("is not a date");
        page.ShouldContain("value=\"Test Form Guest Wanjiru\"");

        form["date"] = "2026-05-12";
        var saved = await client.PostAsync("/engagements/new", new FormUrlEncodedContent(form));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = saved.Headers.Location!.ToString();
        location.ShouldMatch(@"^/engagements/\d+$");
        var record = await client.GetStringAsync(location);
        record.ShouldContain("Test Form Guest Wanjiru");
        record.ShouldContain("Wen Lisheng");
    }
}

public class DuplicateMergeTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnotherReportOfTheSameMeetingShouldBeSuggestedAndMergedKeepingEverySource(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        long existing;
        await using (var db = app.Database.Context())
        {
            existing = await db.Engagements
                .Where(e => e.StartsOn != null && e.Sources.Count > 0 && e.MechanismId == null && e.DelegationId == null && e.Participants.Any(p => p.PersonId != null))
                .OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        }
        var original = (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{existing}", Json))!;
        var person = original.Engagement.Participants.First(p => p.PersonId != null);
        // A second report, two days later by another publisher's reckoning, naming one of the same people and one more.
        var day = DateOnly.Parse(original.Engagement.Date!, System.Globalization.CultureInfo.InvariantCulture).AddDays(2);
        var created = await client.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = original.Engagement.Kind,
            date = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            place = "Test Merge Hall",
            participants = new object[]
            {
                new { name = person.Name, country = person.Country, side = person.Side, role = person.Role },
                new { name = "Test Note Taker Njeri", country = "KE", side = person.Side + 1, role = "present" },
            },
        }, Json);
        var duplicate = (await created.Content.ReadFromJsonAsync<EngagementDetail>(Json))!.Engagement.Id;

        var suggested = (await client.GetFromJsonAsync<List<EngagementSummary>>($"/api/v1/engagements/{duplicate}/duplicates", Json))!;
        suggested.Select(s => s.Id).ShouldContain(existing);
        (await client.GetStringAsync($"/engagements/{duplicate}")).ShouldContain($"Merge this record into record {existing}");

        (await client.PostAsJsonAsync($"/api/v1/engagements/{duplicate}/merge", new MergeRequest(duplicate), Json)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var merged = await client.PostAsJsonAsync($"/api/v1/engagements/{duplicate}/merge", new MergeRequest(existing), Json);
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await merged.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
        after.Sources.Count.ShouldBe(original.Sources.Count);
        after.Engagement.Participants.Select(p => p.Name).ShouldContain("Test Note Taker Njeri");
        after.Engagement.Participants.Count(p => p.Name == person.Name).ShouldBe(1);
        (await client.GetAsync($"/api/v1/engagements/{duplicate}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var history = (await client.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/engagements/{duplicate}/history", Json))!;
        history.ShouldContain(h => h.Action == "deleted" && h.Entity == "Engagement" && h.Note == $"merged engagement {duplicate} into {existing}");
        (await client.PostAsJsonAsync($"/api/v1/engagements/{duplicate}/merge", new MergeRequest(existing), Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
