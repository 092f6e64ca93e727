using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Features.Calendar;
using Amity.Features.Dialogues;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>Dialogue mechanisms and the calendar through the API, on databases of their own since they write.</summary>
public class DialogueApiTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task RoundsShouldNumberThemselvesAndFlagAnOverdueMechanism(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        List<long> partners;
        await using (var db = app.Database.Context())
        {
            partners = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var created = await client.PostAsJsonAsync("/api/v1/dialogues", new { name = "Test Coastal Dialogue", track = "1.5", cadenceMonths = 6, partnerIds = partners }, Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<DialogueDetail>(Json))!.Dialogue.Id;

        var held = Iso(today.AddMonths(-8));
        var first = await client.PostAsJsonAsync($"/api/v1/dialogues/{id}/rounds", new { date = held, place = "Tromsø", mode = "in_person" }, Json);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var afterFirst = (await first.Content.ReadFromJsonAsync<DialogueDetail>(Json))!;
        afterFirst.Rounds.Single().Number.ShouldBe(1);
        afterFirst.Rounds.Single().Status.ShouldBe("held");
        afterFirst.Dialogue.LastRound.ShouldBe(held);
        afterFirst.Dialogue.NextDue.ShouldBe(Iso(today.AddMonths(-8).AddMonths(6)));
        afterFirst.Dialogue.Overdue.ShouldBeTrue();
        var overdue = (await client.GetFromJsonAsync<List<DialogueSummary>>("/api/v1/dialogues", Json))!;
        overdue.First().Overdue.ShouldBeTrue("overdue mechanisms come first");
        overdue.ShouldContain(m => m.Id == id && m.Partners.Count == 2 && m.Track == "1.5");

        var ahead = today.AddMonths(1);
        var second = await client.PostAsJsonAsync($"/api/v1/dialogues/{id}/rounds", new { date = Iso(ahead), mode = "video" }, Json);
        var afterSecond = (await second.Content.ReadFromJsonAsync<DialogueDetail>(Json))!;
        afterSecond.Rounds.Select(r => (r.Number, r.Status)).ShouldBe([(1, "held"), (2, "planned")]);
        afterSecond.Dialogue.NextPlanned.ShouldBe(Iso(ahead));

        // The planned round shows in its month of the calendar, under the mechanism's name and number.
        var calendar = await client.GetFromJsonAsync<CalendarMonth>($"/api/v1/calendar?month={ahead:yyyy-MM}", Json);
        calendar!.Entries.ShouldContain(e => e.Date == Iso(ahead) && e.What == "Test Coastal Dialogue, round 2" && e.Status == "planned");

        // A number taken is refused by field, and nothing is added.
        var again = await client.PostAsJsonAsync($"/api/v1/dialogues/{id}/rounds", new { number = 2, date = Iso(ahead) }, Json);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("number", out _).ShouldBeTrue();
        await using var check = app.Database.Context();
        (await check.Engagements.CountAsync(e => e.MechanismId == id)).ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task BadInputShouldBeRefusedByField(string kind)
    {
        var client = apps[kind].CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/dialogues", new { name = " ", track = "3", cadenceMonths = 0, partnerIds = Array.Empty<long>() }, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        foreach (var field in new[] { "name", "track", "cadenceMonths", "partnerIds" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
        (await client.PostAsJsonAsync("/api/v1/dialogues/999999/rounds", new { date = "2027-01-01" }, Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/dialogues/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/v1/calendar?month=2026-13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheCalendarShouldHoldTheMonthsAnniversaries(string kind)
    {
        var app = apps[kind];
        await using var db = app.Database.Context();
        var relationship = await db.Relationships.Include(r => r.OrganisationA).FirstAsync(r => r.Start != null && r.End == null);
        var month = new DateOnly(DateTime.UtcNow.Year + 1, relationship.Start!.Value.Month, 1);

        var calendar = await app.CreateClient().GetFromJsonAsync<CalendarMonth>($"/api/v1/calendar?month={month:yyyy-MM}", Json);

        var years = month.Year - relationship.Start.Value.Year;
        calendar!.Entries.ShouldContain(e => e.Kind == "anniversary" && e.What.EndsWith($": {years} years", StringComparison.Ordinal));
        calendar.Entries.Select(e => e.Date).ShouldBeInOrder(SortDirection.Ascending, StringComparer.Ordinal);
        calendar.Previous.ShouldBe(month.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }
}
