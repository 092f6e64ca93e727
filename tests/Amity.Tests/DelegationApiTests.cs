using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Domain;
using Amity.Features.Delegations;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>The delegations API on its own databases (a class fixture of its own), since it writes.</summary>
public class DelegationApiTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task APlannedDelegationMarkedHeldShouldHoldItsProgramme(string kind)
    {
        var app = apps[kind];
        var client = app.CreateClient();
        long leader, counterpart;
        await using (var db = app.Database.Context())
        {
            var people = await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            (leader, counterpart) = (people[0], people[1]);
        }

        var planned = await client.PostAsJsonAsync("/api/v1/delegations", new
        {
            name = "Test delegation to the coast",
            direction = "outbound",
            country = "NO",
            start = "2027-03-12",
            end = "2027-03-15",
            leaderId = leader,
        }, Json);
        planned.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await planned.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Delegation.Id;

        var item = await client.PostAsJsonAsync($"/api/v1/delegations/{id}/itinerary",
            new { kind = "meeting", date = "2027-03-13", place = "Bergen", withIds = new[] { counterpart } }, Json);
        item.StatusCode.ShouldBe(HttpStatusCode.OK);
        var itinerary = (await item.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Itinerary;
        itinerary.Count.ShouldBe(1);
        itinerary[0].Status.ShouldBe("planned");

        var held = await client.PostAsJsonAsync($"/api/v1/delegations/{id}/status", new { status = "held" }, Json);
        held.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = (await held.Content.ReadFromJsonAsync<DelegationDetail>(Json))!;
        detail.Delegation.Status.ShouldBe("held");
        detail.Itinerary.ShouldAllBe(i => i.Status == "held");

        await using var check = app.Database.Context();
        var meeting = await check.Engagements.SingleAsync(e => e.Id == itinerary[0].EngagementId);
        meeting.Status.ShouldBe(EngagementStatus.Held);

        // Held is final: it cannot go back to planned.
        var stale = await app.ClientAs(Domain.Role.Editor).PostAsJsonAsync($"/api/v1/delegations/{id}/status", new { status = "cancelled", from = "planned" }, Json);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "a change made on what is no longer so is refused");
        var why = (await stale.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").GetProperty("status")[0].GetString()!;
        why.ShouldContain("already held");
        why.ShouldContain("changed by administrator");
        (await check.Delegations.AsNoTracking().SingleAsync(d => d.Id == id)).Status.ShouldBe(EngagementStatus.Held);
        var back = await client.PostAsJsonAsync($"/api/v1/delegations/{id}/status", new { status = "planned" }, Json);
        back.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OfTwoStatusChangesMadeFromTheSameStatusTheSecondShouldBeRefusedAndOverwriteNothing(string kind)
    {
        var app = apps[kind];
        var planned = await app.CreateClient().PostAsJsonAsync("/api/v1/delegations",
            new { name = "Test delegation raced over", direction = "inbound", country = "KE", start = "2027-05-02" }, Json);
        planned.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await planned.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Delegation.Id;

        // Both have read "planned"; the first to save wins, even when the second passed its own check before that.
        await using var alice = app.Database.Context();
        await using var bob = app.Database.Context();
        var seenByAlice = await alice.Delegations.SingleAsync(d => d.Id == id);
        var seenByBob = await bob.Delegations.SingleAsync(d => d.Id == id);
        seenByAlice.SetStatus(EngagementStatus.Confirmed);
        seenByBob.SetStatus(EngagementStatus.Cancelled);
        await alice.SaveChangesAsync();
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => bob.SaveChangesAsync());

        await using var check = app.Database.Context();
        (await check.Delegations.SingleAsync(d => d.Id == id)).Status.ShouldBe(EngagementStatus.Confirmed);
        (await check.AuditTrail.CountAsync(a => a.RecordType == nameof(Delegation) && a.RecordId == id && a.Changes.Contains("Cancelled"))).ShouldBe(0, "the refused change left no trace");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task BadInputShouldBeRefusedByField(string kind)
    {
        var client = apps[kind].CreateClient();

        var response = await client.PostAsJsonAsync("/api/v1/delegations", new { name = "", direction = "sideways" }, Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        problem.GetProperty("errors").TryGetProperty("direction", out _).ShouldBeTrue();
        (await client.GetAsync("/api/v1/delegations?status=nonsense")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/api/v1/delegations/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
