using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Features.Organisations;
using Amity.Features.People;
using Amity.Storage.Audit;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>Deleted and merged-away records come back from the audit trail as they were, with the rows deleted with them.</summary>
public class DeletedRecordsTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<T> GetAsync<T>(HttpClient client, string url) => (await client.GetFromJsonAsync<T>(url, Json))!;

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ADeletedEngagementShouldComeBackWithItsParticipantsAndSources(string kind)
    {
        var app = apps[kind];
        var (editor, viewer) = (app.ClientAs(Role.Editor), app.ClientAs(Role.Viewer));
        var cited = (await GetAsync<PageOf<EngagementSummary>>(editor, "/api/v1/engagements?pageSize=100")).Items
            .First(e => e.SourceCount > 0 && e.Participants.Count > 1);
        var before = await GetAsync<EngagementDetail>(editor, $"/api/v1/engagements/{cited.Id}");
        var total = (await GetAsync<PageOf<EngagementSummary>>(editor, "/api/v1/engagements?pageSize=1")).Total;

        (await viewer.DeleteAsync($"/api/v1/engagements/{cited.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.DeleteAsync($"/api/v1/engagements/{cited.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await editor.GetAsync($"/api/v1/engagements/{cited.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync<PageOf<EngagementSummary>>(editor, "/api/v1/engagements?pageSize=1")).Total.ShouldBe(total - 1);
        var deleted = await GetAsync<List<DeletedRecord>>(viewer, "/api/v1/deleted");
        deleted.ShouldContain(d => d.RecordType == nameof(Engagement) && d.Id == cited.Id && d.Actor == "editor");
        (await viewer.GetStringAsync("/deleted")).ShouldContain($"Restore engagement {cited.Id}");

        (await viewer.PostAsync($"/api/v1/engagements/{cited.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var restored = await editor.PostAsync($"/api/v1/engagements/{cited.Id}/restore", null);
        restored.StatusCode.ShouldBe(HttpStatusCode.Created);
        restored.Headers.Location!.OriginalString.ShouldBe($"/api/v1/engagements/{cited.Id}");
        var after = await GetAsync<EngagementDetail>(viewer, $"/api/v1/engagements/{cited.Id}");
        after.Engagement.ShouldBe(before.Engagement with { Participants = after.Engagement.Participants });
        after.Engagement.Participants.ShouldBe(before.Engagement.Participants, ignoreOrder: true);
        after.Sources.ShouldBe(before.Sources, ignoreOrder: true);
        after.Topics.ShouldBe(before.Topics);
        after.Outcomes.ShouldBe(before.Outcomes);
        (after.Summary, after.Confidence, after.ExternalId).ShouldBe((before.Summary, before.Confidence, before.ExternalId));
        (await GetAsync<PageOf<EngagementSummary>>(editor, "/api/v1/engagements?pageSize=1")).Total.ShouldBe(total);
        var place = before.Engagement.Place ?? before.Engagement.Participants[0].Label;
        (await GetAsync<PageOf<EngagementSummary>>(editor, $"/api/v1/engagements?q={Uri.EscapeDataString(place)}&pageSize=500")).Items
            .ShouldContain(e => e.Id == cited.Id, "its search row is back too");
        (await GetAsync<List<DeletedRecord>>(viewer, "/api/v1/deleted")).ShouldNotContain(d => d.RecordType == nameof(Engagement) && d.Id == cited.Id);

        var again = await editor.PostAsync($"/api/v1/engagements/{cited.Id}/restore", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a record that exists is not restored over");
        var history = await GetAsync<List<HistoryItem>>(viewer, $"/api/v1/engagements/{cited.Id}/history");
        history.ShouldContain(h => h.Action == "deleted" && h.Entity == nameof(Engagement));
        history.ShouldContain(h => h.Action == "created" && h.Entity == nameof(Engagement) && h.Note!.StartsWith("restored engagement"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task APersonMergedAwayShouldComeBackWithNamesAndPositions(string kind)
    {
        var app = apps[kind];
        var editor = app.ClientAs(Role.Editor);
        long duplicateId, keepId;
        await using (var db = app.Database.Context())
        {
            var withPositions = await db.People.Where(p => p.Positions.Any()).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            (duplicateId, keepId) = (withPositions[0], withPositions[1]);
        }
        var before = await GetAsync<PersonDetail>(editor, $"/api/v1/people/{duplicateId}");
        (await editor.PostAsJsonAsync($"/api/v1/people/{duplicateId}/merge", new MergeRequest(keepId), Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync($"/api/v1/people/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await editor.PostAsync($"/api/v1/people/{duplicateId}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = await GetAsync<PersonDetail>(editor, $"/api/v1/people/{duplicateId}");
        after.Person.ShouldBe(before.Person with { Aliases = after.Person.Aliases });
        after.Person.Aliases.ShouldBe(before.Person.Aliases, ignoreOrder: true);
        after.Positions.ShouldBe(before.Positions, ignoreOrder: true);
        // Their engagements stay with the person they were merged into: a restore brings back the record, not the merge.
        after.EngagementCount.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnOrganisationMergedAwayShouldComeBackWithItsNames(string kind)
    {
        var app = apps[kind];
        var editor = app.ClientAs(Role.Editor);
        long duplicateId, keepId;
        await using (var db = app.Database.Context())
        {
            var withAliases = await db.Organisations.Where(o => o.Aliases.Any()).OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            (duplicateId, keepId) = (withAliases[0], withAliases[1]);
        }
        var before = await GetAsync<OrganisationDetail>(editor, $"/api/v1/organisations/{duplicateId}");
        before.Organisation.Aliases.ShouldNotBeEmpty();
        (await editor.PostAsJsonAsync($"/api/v1/organisations/{duplicateId}/merge", new MergeRequest(keepId), Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync($"/api/v1/organisations/{duplicateId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var deleted = await editor.GetStringAsync("/api/v1/deleted");
        deleted.ShouldContain(before.Organisation.Name);

        (await app.ClientAs(Role.Viewer).PostAsync($"/api/v1/organisations/{duplicateId}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.PostAsync($"/api/v1/organisations/{duplicateId}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = await GetAsync<OrganisationDetail>(editor, $"/api/v1/organisations/{duplicateId}");
        after.Organisation.ShouldBe(before.Organisation with { Aliases = after.Organisation.Aliases });
        after.Organisation.Aliases.ShouldBe(before.Organisation.Aliases, ignoreOrder: true);
        after.EngagementCount.ShouldBe(0, "its engagements stay with the organisation kept");
        (await editor.PostAsync($"/api/v1/organisations/{duplicateId}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ADeletedRestrictedEngagementShouldStayHiddenFromThoseNotCleared(string kind)
    {
        var app = apps[kind];
        var (cleared, editor) = (app.CreateClient(), app.ClientAs(Role.Editor));
        var id = (await GetAsync<PageOf<EngagementSummary>>(cleared, "/api/v1/engagements?pageSize=100")).Items[^1].Id;
        (await cleared.PutAsJsonAsync($"/api/v1/engagements/{id}/restricted", new { restricted = true }, Json)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await cleared.DeleteAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await GetAsync<List<DeletedRecord>>(editor, "/api/v1/deleted")).ShouldNotContain(d => d.Id == id && d.RecordType == nameof(Engagement));
        (await editor.GetAsync($"/api/v1/engagements/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await editor.PostAsync($"/api/v1/engagements/{id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await GetAsync<List<DeletedRecord>>(cleared, "/api/v1/deleted")).ShouldContain(d => d.Id == id && d.Restricted);
        (await cleared.PostAsync($"/api/v1/engagements/{id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await GetAsync<EngagementDetail>(cleared, $"/api/v1/engagements/{id}")).Engagement.Restricted.ShouldBeTrue("restored as it was, restricted");
        (await editor.GetAsync($"/api/v1/engagements/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
