using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amity.Features.Engagements;
using Amity.Features.Readouts;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>Uploading a readout through the API: stored, extracted into the review queue, idempotent, bad files refused by field.</summary>
public class ReadoutUploadTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // A fictional readout, written for this test.
    private const string Readout =
        "Tromsø, March 10 — Ingrid Solvik, Chair of the Arctic Friendship Council, met with Tomas Veldkamp, " +
        "Secretary General of the Lowlands Institute of International Affairs, in Tromsø on Tuesday. " +
        "The two sides exchanged views on research exchanges between young scholars.";

    private static MultipartFormDataContent Form(byte[] bytes, string name, string? published = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        if (published is not null)
        {
            form.Add(new StringContent(published), "published");
        }
        return form;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnUploadedReadoutShouldQueueItsRecordsOnce(string kind)
    {
        var client = apps[kind].CreateClient();
        var before = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/review", Json))!.Total;

        var first = await client.PostAsync("/api/v1/readouts", Form(Encoding.UTF8.GetBytes(Readout), "arctic-2026-03-10.txt", "2026-03-12"));
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = (await first.Content.ReadFromJsonAsync<IngestResult>(Json))!;
        result.DocumentsAdded.ShouldBe(1);
        result.RecordsAdded.ShouldBeGreaterThanOrEqualTo(1);

        var pending = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/review?pageSize=500", Json))!;
        pending.Total.ShouldBe(before + result.RecordsAdded);
        var meeting = pending.Items.Where(e => e.Date == "2026-03-10").ShouldHaveSingleItem();
        meeting.Kind.ShouldBe("meeting");

        var again = (await (await client.PostAsync("/api/v1/readouts", Form(Encoding.UTF8.GetBytes(Readout), "arctic-2026-03-10.txt", "2026-03-12")))
            .Content.ReadFromJsonAsync<IngestResult>(Json))!;
        again.ShouldBe(new IngestResult(0, 1, 0, again.RecordsUnchanged));
        (await client.GetFromJsonAsync<PageOf<EngagementSummary>>("/api/v1/review", Json))!.Total.ShouldBe(pending.Total);

        var listed = (await client.GetFromJsonAsync<List<ReadoutSummary>>("/api/v1/readouts", Json))!;
        var stored = listed.Where(r => r.Key == "arctic-2026-03-10.txt").ShouldHaveSingleItem();
        stored.Published.ShouldBe(new DateOnly(2026, 3, 12));
        stored.Pending.ShouldBe(result.RecordsAdded);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ABadUploadShouldNameItsFieldAndStoreNothing(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        int documents;
        await using (var db = app.Database.Context())
        {
            documents = await db.Documents.CountAsync();
        }

        await Problem(Form([0x4D, 0x65, 0xFF, 0xFE, 0x74], "broken.txt"), "file", "not UTF-8");
        await Problem(Form(Encoding.UTF8.GetBytes(Readout), "readout.pdf"), "file", ".txt, .html or .htm");
        await Problem(Form(Encoding.UTF8.GetBytes(Readout), "fine.txt", "2026-13-01"), "published", "not a day");
        await Problem(Form(new byte[Readouts.MaxUploadBytes + 1], "huge.txt"), "file", "largest readout");
        await Problem(new MultipartFormDataContent { { new StringContent("2026-01-01"), "published" } }, "file", "choose a readout");

        await using var check = app.Database.Context();
        (await check.Documents.CountAsync()).ShouldBe(documents);

        async Task Problem(HttpContent content, string field, string message)
        {
            var response = await client.PostAsync("/api/v1/readouts", content);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            body.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(message);
        }
    }
}
