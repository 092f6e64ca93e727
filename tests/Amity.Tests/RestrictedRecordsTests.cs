using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Amity.Domain;
using Amity.Features.Calendar;
using Amity.Features.Countries;
using Amity.Features.Dashboard;
using Amity.Features.Delegations;
using Amity.Features.Engagements;
using Amity.Features.Network;
using Amity.Features.Organisations;
using Amity.Features.People;
using Amity.Features.Readouts;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Tests;

/// <summary>
/// A restricted engagement, delegation or readout is invisible to accounts without clearance on every path: lists,
/// search, counts, the network, history, pages, exports and the API; those cleared (here the administrator) see it.
/// </summary>
public class RestrictedRecordsTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<T> GetAsync<T>(HttpClient client, string url) => (await client.GetFromJsonAsync<T>(url, Json))!;

    private static Task<HttpResponseMessage> RestrictAsync(HttpClient client, string record, long id, bool restricted) =>
        client.PutAsJsonAsync($"/api/v1/{record}/{id}/restricted", new { restricted }, Json);

    /// <summary>What a reader sees of one engagement and its people, from every path that counts or lists it.</summary>
    private sealed record Sight(
        bool Found, int ListTotal, int Searched, int CountryTotal, int CountryListed, int DashboardTotal,
        bool PersonFound, int PersonEngagements, string? LastContact, bool OrganisationFound, int OrganisationEngagements, bool InNetwork,
        int PathLength, bool History, bool PageFound, bool ListPageNames);

    private static async Task<Sight> LookAsync(HttpClient client, long id, long person, long other, long organisation)
    {
        var found = (await client.GetAsync($"/api/v1/engagements/{id}")).StatusCode == HttpStatusCode.OK;
        var list = await GetAsync<PageOf<EngagementSummary>>(client, "/api/v1/engagements?pageSize=1");
        var searched = await GetAsync<PageOf<EngagementSummary>>(client, "/api/v1/engagements?q=Quennelby");
        var country = await GetAsync<CountryDetail>(client, "/api/v1/countries/UY");
        var countries = await GetAsync<List<CountrySummary>>(client, "/api/v1/countries");
        var dashboard = await GetAsync<DashboardView>(client, "/api/v1/dashboard?year=2025");
        // Known only from this engagement, the person and the organisation are hidden with it.
        var personResponse = await client.GetAsync($"/api/v1/people/{person}");
        var personDetail = personResponse.IsSuccessStatusCode ? await personResponse.Content.ReadFromJsonAsync<PersonDetail>(Json) : null;
        var organisationResponse = await client.GetAsync($"/api/v1/organisations/{organisation}");
        var organisationDetail = organisationResponse.IsSuccessStatusCode ? await organisationResponse.Content.ReadFromJsonAsync<OrganisationDetail>(Json) : null;
        var network = await GetAsync<NetworkGraph>(client, "/api/v1/network");
        var path = await GetAsync<List<PathStep>>(client, $"/api/v1/network/path?from=p{person}&to=p{other}");
        var history = (await client.GetAsync($"/api/v1/engagements/{id}/history")).StatusCode == HttpStatusCode.OK;
        var page = (await client.GetAsync($"/engagements/{id}")).StatusCode == HttpStatusCode.OK;
        var listPage = await client.GetStringAsync("/engagements?q=Quennelby");
        return new Sight(found, list.Total, searched.Total, country.Engagements, countries.Single(c => c.Code == "UY").Engagements,
            dashboard.Total, personDetail is not null, personDetail?.EngagementCount ?? 0, personDetail?.LastContact,
            organisationDetail is not null, organisationDetail?.EngagementCount ?? 0,
            network.Nodes.Any(n => n.Id == $"p{person}"), path.Count, history, page, listPage.Contains("Utteridge", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ARestrictedEngagementShouldBeInvisibleOnEveryPathToThoseNotCleared(string kind)
    {
        var app = apps[kind];
        var (cleared, viewer, editor) = (app.CreateClient(), app.ClientAs(Role.Viewer), app.ClientAs(Role.Editor));
        // Fictional people met nowhere else, so every count they enter moves by exactly one.
        var created = await cleared.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "meeting",
            date = "2025-06-12",
            mode = "in_person",
            place = "Quennelby",
            participants = new object[]
            {
                new { name = "Halvard Quennel", organization = "Quennel Forum", country = "IS", side = 0, role = "host", principal = true },
                new { name = "Marisol Utteridge", country = "UY", side = 1, role = "guest", principal = true },
            },
        }, Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var detail = (await created.Content.ReadFromJsonAsync<EngagementDetail>(Json))!;
        var id = detail.Engagement.Id;
        var person = detail.Engagement.Participants.Single(p => p.Side == 0).PersonId!.Value;
        var other = detail.Engagement.Participants.Single(p => p.Side == 1).PersonId!.Value;
        var organisation = detail.Engagement.Participants.Single(p => p.Side == 0).OrganisationId!.Value;

        var open = await LookAsync(viewer, id, person, other, organisation);
        open.ShouldBe(new Sight(true, open.ListTotal, 1, open.CountryTotal, open.CountryTotal, open.DashboardTotal, true, 1, "2025-06-12", true, 1, true, 2, true, true, true));

        (await RestrictAsync(editor, "engagements", id, true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an editor without clearance cannot restrict");
        (await RestrictAsync(cleared, "engagements", id, true)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var hidden = await LookAsync(viewer, id, person, other, organisation);
        hidden.ShouldBe(new Sight(false, open.ListTotal - 1, 0, open.CountryTotal - 1, open.CountryTotal - 1, open.DashboardTotal - 1, false, 0, null, false, 0, false, 0, false, false, false));
        await ShouldHideThoseKnownOnlyFromRestrictedRecordsAsync(app, viewer, cleared, "Utteridge");
        (await LookAsync(editor, id, person, other, organisation)).ShouldBe(hidden, "clearance, not role, decides");
        (await RestrictAsync(editor, "engagements", id, false)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "nor lift it");
        var seen = await LookAsync(cleared, id, person, other, organisation);
        seen.ShouldBe(open, "those cleared see it everywhere");
        (await GetAsync<EngagementDetail>(cleared, $"/api/v1/engagements/{id}")).Engagement.Restricted.ShouldBeTrue();
        (await cleared.GetStringAsync($"/engagements/{id}")).ShouldContain("Lift the restriction");

        // Writing through an id one cannot see finds nothing to write to.
        (await editor.PostAsJsonAsync($"/api/v1/engagements/{id}/merge", new { into = id + 1 }, Json)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Exports leave it out when asked to, as `amity export --without-restricted` does.
        await using (var db = app.Database.Context())
        {
            db.SeesRestricted = false;
            var shared = new StringWriter();
            await RecordExporter.ExportAsync(db, shared);
            shared.ToString().ShouldNotContain("Quennelby");
            db.SeesRestricted = true;
            var whole = new StringWriter();
            await RecordExporter.ExportAsync(db, whole);
            whole.ToString().ShouldContain("Quennelby");
        }

        (await RestrictAsync(cleared, "engagements", id, false)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await LookAsync(viewer, id, person, other, organisation)).ShouldBe(open, "lifted, it is back on every path");
        var history = await GetAsync<List<Features.History.HistoryItem>>(viewer, $"/api/v1/engagements/{id}/history");
        history.Count(h => h.Entity == nameof(Engagement) && h.Action == "changed" && h.Changes.Any(c => c.Field == "Restricted")).ShouldBe(2, "restricting and lifting are audited");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ARestrictedDelegationShouldHideItselfAndItsProgramme(string kind)
    {
        var app = apps[kind];
        var (cleared, viewer) = (app.CreateClient(), app.ClientAs(Role.Viewer));
        long someone;
        await using (var db = app.Database.Context())
        {
            someone = await db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        var planned = await cleared.PostAsJsonAsync("/api/v1/delegations", new
        {
            name = "Quiet delegation to Montevideo",
            direction = "outbound",
            country = "UY",
            start = "2027-05-03",
            end = "2027-05-06",
        }, Json);
        planned.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await planned.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Delegation.Id;
        var first = await cleared.PostAsJsonAsync($"/api/v1/delegations/{id}/itinerary", new { kind = "meeting", date = "2027-05-04", place = "Montevideo", withIds = new[] { someone } }, Json);
        var firstItem = (await first.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Itinerary.Single().EngagementId;

        (await RestrictAsync(cleared, "delegations", id, true)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        // An item added once the delegation is restricted is restricted with it.
        var second = await cleared.PostAsJsonAsync($"/api/v1/delegations/{id}/itinerary", new { kind = "visit", date = "2027-05-05", place = "Colonia", withIds = new[] { someone } }, Json);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var items = (await second.Content.ReadFromJsonAsync<DelegationDetail>(Json))!.Itinerary.Select(i => i.EngagementId).ToList();
        items.Count.ShouldBe(2);

        (await viewer.GetAsync($"/api/v1/delegations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.GetAsync($"/delegations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync<List<DelegationSummary>>(viewer, "/api/v1/delegations")).ShouldNotContain(d => d.Id == id);
        foreach (var item in items)
        {
            (await viewer.GetAsync($"/api/v1/engagements/{item}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await GetAsync<CalendarMonth>(viewer, "/api/v1/calendar?month=2027-05")).Entries.ShouldNotContain(e => e.What.Contains("Quiet delegation"));
        (await viewer.GetAsync($"/api/v1/delegations/{id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await GetAsync<List<DelegationSummary>>(cleared, "/api/v1/delegations")).Single(d => d.Id == id).Restricted.ShouldBeTrue();
        (await GetAsync<CalendarMonth>(cleared, "/api/v1/calendar?month=2027-05")).Entries.ShouldContain(e => e.What.Contains("Quiet delegation"));
        (await GetAsync<EngagementDetail>(cleared, $"/api/v1/engagements/{firstItem}")).Engagement.Restricted.ShouldBeTrue();

        // Status changes still carry to the whole programme.
        (await cleared.PostAsJsonAsync($"/api/v1/delegations/{id}/status", new { status = "confirmed" }, Json)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RestrictAsync(cleared, "delegations", id, false)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var lifted = await GetAsync<DelegationDetail>(viewer, $"/api/v1/delegations/{id}");
        lifted.Itinerary.Select(i => i.EngagementId).ShouldBe(items, ignoreOrder: true);
        lifted.Itinerary.ShouldAllBe(i => i.Status == "confirmed");
    }

    // A fictional readout, written for this test.
    private const string Readout =
        "Reykjavík, April 2 — Sunniva Threlkeld, President of the Northern Shores Friendship League, met with " +
        "Dario Wexcombe, Deputy Director of the Southern Cone Policy Institute, in Reykjavík on Thursday. " +
        "They agreed to hold a joint seminar on fisheries research.";

    private static MultipartFormDataContent Upload(string name, bool? restricted)
    {
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Readout)), "file", name },
            { new StringContent("2026-04-03"), "published" },
        };
        if (restricted is { } r)
        {
            form.Add(new StringContent(r ? "true" : "false"), "restricted");
        }
        return form;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ARestrictedReadoutShouldHideItAndTheRecordsKnownOnlyFromIt(string kind)
    {
        var app = apps[kind];
        var (cleared, viewer, editor) = (app.CreateClient(), app.ClientAs(Role.Viewer), app.ClientAs(Role.Editor));
        const string name = "northern-shores-2026-04-02.txt";

        var refused = await editor.PostAsync("/api/v1/readouts", Upload(name, restricted: true));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "only those cleared can store a restricted readout");
        (await refused.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").TryGetProperty("restricted", out _).ShouldBeTrue();

        var stored = await cleared.PostAsync("/api/v1/readouts", Upload(name, restricted: true));
        stored.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stored.Content.ReadFromJsonAsync<IngestResult>(Json))!.RecordsAdded.ShouldBeGreaterThan(0);

        static async Task<List<EngagementSummary>> FromReadoutAsync(HttpClient client) =>
            (await GetAsync<PageOf<EngagementSummary>>(client, "/api/v1/review?pageSize=500")).Items
                .Where(e => e.Participants.Any(p => p.Name is "Sunniva Threlkeld" or "Dario Wexcombe")).ToList();

        var records = await FromReadoutAsync(cleared);
        records.ShouldNotBeEmpty();
        records.ShouldAllBe(r => r.Restricted, "known only from a restricted readout");
        (await FromReadoutAsync(viewer)).ShouldBeEmpty();
        (await GetAsync<List<ReadoutSummary>>(viewer, "/api/v1/readouts?count=500")).ShouldNotContain(r => r.Key == name);
        (await viewer.GetStringAsync("/readouts")).ShouldNotContain(name);
        (await GetAsync<PageOf<EngagementSummary>>(viewer, "/api/v1/engagements?q=Threlkeld")).Total.ShouldBe(0);
        (await GetAsync<PageOf<EngagementSummary>>(cleared, "/api/v1/engagements?q=Threlkeld")).Total.ShouldBe(records.Count);
        var document = (await GetAsync<List<ReadoutSummary>>(cleared, "/api/v1/readouts?count=500")).Single(r => r.Key == name);
        document.Restricted.ShouldBeTrue();
        (await viewer.GetAsync($"/api/v1/documents/{document.Id}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.GetAsync($"/readouts/{document.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldHideThoseKnownOnlyFromRestrictedRecordsAsync(app, viewer, cleared, "Threlkeld");
        var page = await cleared.GetStringAsync($"/readouts/{document.Id}");
        page.ShouldContain("Sunniva Threlkeld", Case.Sensitive, "the readout's text");
        page.ShouldContain($"Engagements citing it ({records.Count})");
        page.ShouldContain("History", Case.Sensitive);
        page.ShouldContain("created", Case.Sensitive, "the history shows the readout being stored");

        // Someone not cleared uploading the same file stores nothing twice: the import matches what they cannot see.
        var again = await editor.PostAsync("/api/v1/readouts", Upload(name, restricted: null));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rerun = (await again.Content.ReadFromJsonAsync<IngestResult>(Json))!;
        (rerun.DocumentsAdded, rerun.RecordsAdded).ShouldBe((0, 0));
        await using (var db = app.Database.Context())
        {
            (await db.Documents.CountAsync(d => d.Key == name)).ShouldBe(1);
            (await db.Documents.SingleAsync(d => d.Key == name)).Restricted.ShouldBeTrue("an upload without the mark does not lift it");
        }

        // Lifting the readout's mark shows the readout; its records keep theirs until each is lifted.
        (await RestrictAsync(editor, "readouts", document.Id, false)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RestrictAsync(cleared, "readouts", document.Id, false)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetAsync<List<ReadoutSummary>>(viewer, "/api/v1/readouts?count=500")).ShouldContain(r => r.Key == name);
        (await viewer.GetStringAsync($"/readouts/{document.Id}")).ShouldContain("Engagements citing it (0)", Case.Sensitive, "its records keep their own mark");
        (await FromReadoutAsync(viewer)).ShouldBeEmpty();
        foreach (var record in records)
        {
            (await RestrictAsync(cleared, "engagements", record.Id, false)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }
        (await FromReadoutAsync(viewer)).Select(r => r.Id).ShouldBe(records.Select(r => r.Id), ignoreOrder: true);
        var passage = (await GetAsync<EngagementDetail>(viewer, $"/api/v1/engagements/{records[0].Id}")).Sources.ShouldHaveSingleItem();
        passage.Document.ShouldBe(name);

        // Restricting the readout again restricts what is known only from it, and hides its passages.
        (await RestrictAsync(cleared, "readouts", document.Id, true)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await FromReadoutAsync(viewer)).ShouldBeEmpty();
        (await GetAsync<EngagementDetail>(cleared, $"/api/v1/engagements/{records[0].Id}")).Sources.ShouldHaveSingleItem();
    }

    // People and organisations whose every engagement is restricted are hidden from directories, pages and the edit
    // form's suggestions; those cleared see them all.
    private static async Task ShouldHideThoseKnownOnlyFromRestrictedRecordsAsync(AmityApp app, HttpClient viewer, HttpClient cleared, string surname)
    {
        List<long> people, organisations;
        await using (var db = app.Database.Context())
        {
            var restricted = db.Participants.Where(p => p.Restricted);
            var open = db.Participants.Where(p => !p.Restricted);
            people = await restricted.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).Distinct().Where(id => !open.Any(p => p.PersonId == id)).ToListAsync();
            organisations = await restricted.Where(p => p.OrganisationId != null).Select(p => p.OrganisationId!.Value).Distinct().Where(id => !open.Any(p => p.OrganisationId == id)).ToListAsync();
        }
        people.ShouldNotBeEmpty("the restricted records name people found nowhere else");
        var seenPeople = (await GetAsync<List<JsonElement>>(viewer, "/api/v1/people")).Select(p => p.GetProperty("id").GetInt64()).ToHashSet();
        var allPeople = (await GetAsync<List<JsonElement>>(cleared, "/api/v1/people")).Select(p => p.GetProperty("id").GetInt64()).ToHashSet();
        seenPeople.ShouldNotBeEmpty();
        people.ShouldAllBe(id => !seenPeople.Contains(id) && allPeople.Contains(id));
        var seenOrganisations = (await GetAsync<List<JsonElement>>(viewer, "/api/v1/organisations")).Select(p => p.GetProperty("id").GetInt64()).ToHashSet();
        organisations.ShouldAllBe(id => !seenOrganisations.Contains(id));
        (await GetAsync<List<JsonElement>>(viewer, $"/api/v1/people?q={surname}")).ShouldBeEmpty();
        (await GetAsync<List<JsonElement>>(cleared, $"/api/v1/people?q={surname}")).ShouldNotBeEmpty();
        (await viewer.GetAsync($"/api/v1/people/{people[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.GetAsync($"/people/{people[0]}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await viewer.GetStringAsync("/people")).ShouldNotContain(surname);
        (await cleared.GetStringAsync("/people")).ShouldContain(surname);
    }
}
