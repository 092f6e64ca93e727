using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Features.Review;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

public class ReviewTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private AmityApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await AmityApp.StartAsync(TestDatabase.Sqlite);
        await using var db = _app.Database.Context();
        // The readouts' records as if extracted, with confidences from 0.5 to 1.
        var records = RecordImporter.Parse(Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"))
            .Select((r, i) => r.Record with { Confidence = 0.5 + (i % 6) * 0.1 })
            .ToList();
        await RecordImporter.ImportAsync(db, records, Verification.Extracted);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AcceptingAndRejectingShouldTakeRecordsOutOfTheQueue()
    {
        var client = _app.CreateClient();
        var pending = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/review?pageSize=500", Json))!;
        pending.Items.ShouldAllBe(e => e.Verification == "extracted");
        var (first, second) = (pending.Items[0].Id, pending.Items[1].Id);

        (await client.PostAsJsonAsync($"/api/v1/review/{first}", new ReviewDecision("accept"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync($"/api/v1/review/{second}", new ReviewDecision("reject"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync($"/api/v1/review/{first}", new ReviewDecision("reject"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync($"/api/v1/review/{pending.Items[2].Id}", new ReviewDecision("maybe"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var after = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/review?pageSize=500", Json))!;
        after.Total.ShouldBe(pending.Total - 2);
        (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{first}", Json))!.Engagement.Verification.ShouldBe("verified");
        (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{second}", Json))!.Engagement.Verification.ShouldBe("rejected");

        // Each decision is in the record's history, with the value before and after, under the page as well.
        var history = (await client.GetFromJsonAsync<List<HistoryItem>>($"/api/v1/engagements/{first}/history", Json))!;
        history[0].Action.ShouldBe("changed");
        history[0].Note.ShouldBe("review: accept");
        history[0].Changes.ShouldBe([new FieldChange("Verification", "Extracted", "Verified")]);
        history[^1].Action.ShouldBe("created");
        var page = await client.GetStringAsync($"/engagements/{second}");
        page.ShouldContain("review: reject");
        (await client.GetAsync($"/api/v1/nothing/{first}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BulkAcceptShouldTakeExactlyThoseAboveTheThreshold()
    {
        await using var db = _app.Database.Context();
        var expected = await db.Engagements.CountAsync(e => e.Verification == Verification.Extracted && e.Confidence >= 0.8);
        expected.ShouldBeGreaterThan(0);

        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/review/accept-above", new BulkAccept(0.8));

        (await response.Content.ReadFromJsonAsync<BulkResult>(Json))!.Accepted.ShouldBe(expected);
        (await db.Engagements.CountAsync(e => e.Verification == Verification.Extracted && e.Confidence >= 0.8)).ShouldBe(0);
        (await db.Engagements.CountAsync(e => e.Verification == Verification.Extracted)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ThePageShouldShowEachRecordBesideItsPassageAndTakeADecision()
    {
        // Signed in as a browser is, with a session cookie, so the redirect after the decision keeps the session.
        var client = await _app.SignedInClientAsync(Role.Reviewer);
        var html = await client.GetStringAsync("/review");
        html.ShouldContain("<mark>");
        html.ShouldContain("data-key=\"a\"");
        var id = Regex.Match(html, "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        token.ShouldNotBeEmpty();

        var refused = await client.PostAsync("/review?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = id, ["decision"] = "accept" }));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await client.PostAsync("/review?handler=Decide", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id,
            ["decision"] = "accept",
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"Record {id} accepted.");
        await using var db = _app.Database.Context();
        (await db.Engagements.SingleAsync(e => e.Id == long.Parse(id, System.Globalization.CultureInfo.InvariantCulture))).Verification.ShouldBe(Verification.Verified);
    }
}
