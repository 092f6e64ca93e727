using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Features.Engagements;
using Amity.Features.Network;
using Amity.Testing;

namespace Amity.Tests;

/// <summary>The contact network counts what the engagement list holds, and its paths follow real engagements.</summary>
public class NetworkTests(AmityApps apps) : IClassFixture<AmityApps>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task EveryTieShouldCountTheEngagementsLinkingItsTwoEnds(string kind)
    {
        var client = apps[kind].CreateClient();
        var graph = (await client.GetFromJsonAsync<NetworkGraph>("/api/v1/network", Json))!;
        graph.Edges.ShouldNotBeEmpty();
        graph.Edges.Select(e => e.Engagements).ShouldBeInOrder(SortDirection.Descending);
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        graph.Edges.ShouldAllBe(e => ids.Contains(e.Source) && ids.Contains(e.Target));

        // A person's node counts their engagements, and a tie between two people the engagements where they sat
        // on different sides.
        var met = graph.Edges.First(e => e.Kind == "met" && e.Source[0] == 'p' && e.Target[0] == 'p');
        var (a, b) = (long.Parse(met.Source[1..]), long.Parse(met.Target[1..]));
        var ofA = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>($"/api/v1/engagements?person={a}&pageSize=500", Json))!;
        graph.Nodes.Single(n => n.Id == met.Source).Engagements.ShouldBe(ofA.Total);
        var together = ofA.Items.Count(e => e.Participants.Any(p => p.PersonId == a) && e.Participants.Any(p => p.PersonId == b) &&
            e.Participants.First(p => p.PersonId == a).Side != e.Participants.First(p => p.PersonId == b).Side);
        met.Engagements.ShouldBe(together);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AFilteredNetworkShouldDrawOnlyTheEngagementsTheFilterSelects(string kind)
    {
        var client = apps[kind].CreateClient();
        var all = (await client.GetFromJsonAsync<NetworkGraph>("/api/v1/network", Json))!;
        var country = all.Nodes.First(n => n.Country is not null).Country!;
        // A text and a date filter: each is bound as the reader's own statement expects.
        foreach (var query in new[] { $"country={country}", "from=2025-01-01" })
        {
            var list = (await client.GetFromJsonAsync<PageOf<EngagementSummary>>($"/api/v1/engagements?{query}&pageSize=500", Json))!;
            list.Total.ShouldBeLessThanOrEqualTo(500);
            var filtered = (await client.GetFromJsonAsync<NetworkGraph>($"/api/v1/network?{query}", Json))!;
            filtered.EngagementsCounted.ShouldBeGreaterThan(0);
            filtered.EngagementsCounted.ShouldBe(list.Items.Count(e => e.Participants.Any(p => p.PersonId != null || p.OrganisationId != null)));
            filtered.EngagementsCounted.ShouldBeLessThan(all.EngagementsCounted);
        }
        (await client.GetAsync("/api/v1/network?kind=picnic")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task APathShouldStepThroughEngagementsBothEndsTookPartIn(string kind)
    {
        var client = apps[kind].CreateClient();
        var graph = (await client.GetFromJsonAsync<NetworkGraph>("/api/v1/network", Json))!;
        // From an organisation to someone a member of it met: two or three steps.
        var member = graph.Edges.First(e => e.Kind == "member" &&
            graph.Edges.Any(m => m.Kind == "met" && (m.Source == e.Target || m.Target == e.Target) && m.Source[0] == 'p' && m.Target[0] == 'p'));
        var (person, organisation) = member.Source[0] == 'p' ? (member.Source, member.Target) : (member.Target, member.Source);
        var counterpart = graph.Edges.First(m => m.Kind == "met" && (m.Source == person || m.Target == person) && m.Source[0] == 'p' && m.Target[0] == 'p');
        var far = counterpart.Source == person ? counterpart.Target : counterpart.Source;

        var path = (await client.GetFromJsonAsync<List<PathStep>>($"/api/v1/network/path?from={organisation}&to={far}", Json))!;
        path.Count.ShouldBeInRange(2, 3);
        path[0].Node.Id.ShouldBe(organisation);
        path[0].ViaEngagement.ShouldBeNull();
        path[^1].Node.Id.ShouldBe(far);
        for (var i = 1; i < path.Count; i++)
        {
            var detail = (await client.GetFromJsonAsync<EngagementDetail>($"/api/v1/engagements/{path[i].ViaEngagement}", Json))!;
            detail.Engagement.Participants.ShouldContain(p => Takes(p, path[i - 1].Node.Id));
            detail.Engagement.Participants.ShouldContain(p => Takes(p, path[i].Node.Id));
            path[i].Via.ShouldNotBeNullOrEmpty();
        }

        (await client.GetFromJsonAsync<List<PathStep>>($"/api/v1/network/path?from={far}&to={far}", Json))!.ShouldBeEmpty();
        (await client.GetFromJsonAsync<List<PathStep>>($"/api/v1/network/path?from={far}&to=p999999", Json))!.ShouldBeEmpty();
        (await client.GetAsync("/api/v1/network/path?from=x1&to=p1")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ANewEngagementShouldShowInTheNetworkAtOnce(string kind)
    {
        var client = apps[kind].CreateClient();
        var before = (await client.GetFromJsonAsync<NetworkGraph>("/api/v1/network", Json))!;
        var tie = before.Edges.First(e => e.Kind == "met" && e.Source[0] == 'p' && e.Target[0] == 'p');
        var (a, b) = (before.Nodes.Single(n => n.Id == tie.Source), before.Nodes.Single(n => n.Id == tie.Target));

        var created = await client.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "call",
            date = "2026-06-30",
            mode = "phone",
            participants = new object[]
            {
                new { name = a.Label, country = a.Country, side = 0, role = "host" },
                new { name = b.Label, country = b.Country, side = 1, role = "guest" },
            },
        }, Json);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = (await client.GetFromJsonAsync<NetworkGraph>("/api/v1/network", Json))!;
        after.EngagementsCounted.ShouldBe(before.EngagementsCounted + 1);
        after.Edges.Single(e => e.Source == tie.Source && e.Target == tie.Target).Engagements.ShouldBe(tie.Engagements + 1);
    }

    private static bool Takes(ParticipantView p, string node) =>
        node[0] == 'p' ? p.PersonId == long.Parse(node[1..]) : p.OrganisationId == long.Parse(node[1..]);
}
