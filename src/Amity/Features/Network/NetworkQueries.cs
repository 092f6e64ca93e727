using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Network;

/// <summary>A person ("p12") or an organisation ("o5") of the contact network.</summary>
public sealed record NetworkNode(string Id, string Kind, string Label, string? Country, int Engagements, string Link);

/// <summary>Two who met (on opposite sides of an engagement), or a person and the organisation they took part for.</summary>
public sealed record NetworkEdge(string Source, string Target, string Kind, int Engagements);

public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, int EngagementsCounted);

/// <summary>One step of a path: who, and the engagement that links them to the step before.</summary>
public sealed record PathStep(NetworkNode Node, long? ViaEngagement, string? Via);

/// <summary>Who has met whom, from the engagements a filter selects.</summary>
public static class NetworkQueries
{
    public const int MaxEdges = 400;

    /// <summary>True for "p12" or "o5".</summary>
    public static bool IsNodeId(string? id) => id is { Length: > 1 } && id[0] is 'p' or 'o' && long.TryParse(id[1..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    public static async Task<NetworkGraph> GraphAsync(AmityDb db, EngagementFilter filter, CancellationToken cancellationToken)
    {
        var graph = await LoadAsync(db, filter, cancellationToken);
        var edges = graph.Edges.Values
            .OrderByDescending(e => e.Engagements.Count).ThenBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)
            .Take(MaxEdges)
            .Select(e => new NetworkEdge(e.Source, e.Target, e.Kind, e.Engagements.Count)).ToList();
        var used = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet(StringComparer.Ordinal);
        var nodes = await NodesAsync(db, graph, used, cancellationToken);
        return new NetworkGraph(nodes.Values.OrderByDescending(n => n.Engagements).ThenBy(n => n.Label, StringComparer.Ordinal).ToList(), edges, graph.EngagementCount);
    }

    /// <summary>
    /// The shortest chain of past engagements from one node to another ("who can introduce us"), breadth first;
    /// empty when none links them.
    /// </summary>
    public static async Task<IReadOnlyList<PathStep>> PathAsync(AmityDb db, string from, string to, CancellationToken cancellationToken)
    {
        var graph = await LoadAsync(db, new EngagementFilter(), cancellationToken);
        var previous = new Dictionary<string, (string Node, long Engagement)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0 && !seen.Contains(to))
        {
            var node = queue.Dequeue();
            foreach (var (next, engagement) in graph.Neighbours(node))
            {
                if (seen.Add(next))
                {
                    previous[next] = (node, engagement);
                    queue.Enqueue(next);
                }
            }
        }
        if (!seen.Contains(to) || from == to)
        {
            return [];
        }
        var chain = new List<(string Node, long? Engagement)>();
        for (var node = to; node != from; node = previous[node].Node)
        {
            chain.Add((node, previous[node].Engagement));
        }
        chain.Add((from, null));
        chain.Reverse();
        var nodes = await NodesAsync(db, graph, chain.Select(c => c.Node).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var ids = chain.Where(c => c.Engagement is not null).Select(c => c.Engagement!.Value).ToList();
        var via = (await db.Engagements.Where(e => ids.Contains(e.Id)).AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(e => e.Id, e => $"{Format.Label(Domain.Codes.Of(e.Kind))}{(e.Date is { } d ? $" on {d}" : "")}{(e.Place is null ? "" : $" in {e.Place}")}");
        return chain.Select(c => new PathStep(nodes[c.Node], c.Engagement, c.Engagement is { } id ? via.GetValueOrDefault(id) : null)).ToList();
    }

    private static async Task<Graph> LoadAsync(AmityDb db, EngagementFilter filter, CancellationToken cancellationToken)
    {
        var engagements = filter.Apply(db).Select(e => e.Id);
        var rows = await db.Participants
            .Where(p => engagements.Contains(p.EngagementId) && (p.PersonId != null || p.OrganisationId != null))
            .Select(p => new { p.EngagementId, p.Side, p.PersonId, p.OrganisationId })
            .AsNoTracking().ToListAsync(cancellationToken);
        var graph = new Graph();
        foreach (var engagement in rows.GroupBy(r => r.EngagementId))
        {
            graph.EngagementCount++;
            // Each participant stands for its person, else its organisation.
            var parties = engagement.Select(r => (r.Side, Node: r.PersonId is { } p ? $"p{p}" : $"o{r.OrganisationId}")).Distinct().ToList();
            foreach (var r in engagement.Where(r => r.PersonId is not null && r.OrganisationId is not null))
            {
                graph.Link($"p{r.PersonId}", $"o{r.OrganisationId}", "member", engagement.Key);
            }
            foreach (var a in parties)
            {
                foreach (var b in parties.Where(b => b.Side > a.Side))
                {
                    graph.Link(a.Node, b.Node, "met", engagement.Key);
                }
            }
            foreach (var node in parties.Select(p => p.Node).Distinct())
            {
                graph.Count(node);
            }
        }
        return graph;
    }

    private static async Task<Dictionary<string, NetworkNode>> NodesAsync(AmityDb db, Graph graph, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var people = ids.Where(i => i[0] == 'p').Select(i => long.Parse(i[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var organisations = ids.Where(i => i[0] == 'o').Select(i => long.Parse(i[1..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        foreach (var p in await db.People.Where(p => people.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.CountryCode }).ToListAsync(cancellationToken))
        {
            nodes[$"p{p.Id}"] = new NetworkNode($"p{p.Id}", "person", p.Name, p.CountryCode, graph.CountOf($"p{p.Id}"), $"/people/{p.Id}");
        }
        foreach (var o in await db.Organisations.Where(o => organisations.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(cancellationToken))
        {
            nodes[$"o{o.Id}"] = new NetworkNode($"o{o.Id}", "organisation", o.Name, o.CountryCode, graph.CountOf($"o{o.Id}"), $"/organisations/{o.Id}");
        }
        return nodes;
    }

    private sealed class Tie(string source, string target, string kind)
    {
        public string Source { get; } = source;
        public string Target { get; } = target;
        public string Kind { get; } = kind;
        public HashSet<long> Engagements { get; } = [];
    }

    private sealed class Graph
    {
        private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(string Node, long Engagement)>> _neighbours = new(StringComparer.Ordinal);

        public Dictionary<(string, string), Tie> Edges { get; } = [];
        public int EngagementCount { get; set; }

        public void Count(string node) => _counts[node] = _counts.GetValueOrDefault(node) + 1;

        public int CountOf(string node) => _counts.GetValueOrDefault(node);

        public List<(string Node, long Engagement)> Neighbours(string node) => _neighbours.GetValueOrDefault(node) ?? [];

        public void Link(string a, string b, string kind, long engagement)
        {
            if (a == b)
            {
                return;
            }
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!Edges.TryGetValue(key, out var tie))
            {
                Edges[key] = tie = new Tie(key.Item1, key.Item2, kind);
                (_neighbours.TryGetValue(a, out var na) ? na : _neighbours[a] = []).Add((b, engagement));
                (_neighbours.TryGetValue(b, out var nb) ? nb : _neighbours[b] = []).Add((a, engagement));
            }
            tie.Engagements.Add(engagement);
        }
    }
}
