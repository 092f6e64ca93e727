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
        var strongest = graph.Edges.Values.ToList();
        strongest.Sort((a, b) => b.Engagements != a.Engagements ? b.Engagements.CompareTo(a.Engagements)
            : Graph.Compare(a.Source, b.Source) is var c and not 0 ? c : Graph.Compare(a.Target, b.Target));
        var edges = strongest.Take(MaxEdges)
            .Select(e => new NetworkEdge(Graph.Name(e.Source), Graph.Name(e.Target), e.Kind, e.Engagements)).ToList();
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
        var (start, goal) = (Graph.Parse(from), Graph.Parse(to));
        var previous = new Dictionary<long, (long Node, long Engagement)>();
        var seen = new HashSet<long> { start };
        var queue = new Queue<long>([start]);
        while (queue.Count > 0 && !seen.Contains(goal))
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
        if (!seen.Contains(goal) || start == goal)
        {
            return [];
        }
        var chain = new List<(string Node, long? Engagement)>();
        for (var node = goal; node != start; node = previous[node].Node)
        {
            chain.Add((Graph.Name(node), previous[node].Engagement));
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
        var participants = db.Participants.Where(p => p.PersonId != null || p.OrganisationId != null);
        if (filter.HasConditions)
        {
            var engagements = filter.Apply(db).Select(e => e.Id);
            participants = participants.Where(p => engagements.Contains(p.EngagementId));
        }
        // In engagement order, which the participants' covering index gives without sorting.
        var rows = await participants.OrderBy(p => p.EngagementId)
            .Select(p => new Row(p.EngagementId, p.Side, p.PersonId, p.OrganisationId))
            .AsNoTracking().ToListAsync(cancellationToken);
        var graph = new Graph();
        var parties = new List<(int Side, long Node)>();
        var members = new List<(long Person, long Organisation)>();
        for (var start = 0; start < rows.Count;)
        {
            var engagement = rows[start].EngagementId;
            parties.Clear();
            members.Clear();
            var end = start;
            for (; end < rows.Count && rows[end].EngagementId == engagement; end++)
            {
                var r = rows[end];
                // Each participant stands for its person, else its organisation.
                var node = r.PersonId is { } person ? Graph.Person(person) : Graph.Organisation(r.OrganisationId!.Value);
                if (!parties.Contains((r.Side, node)))
                {
                    parties.Add((r.Side, node));
                }
                if (r.PersonId is { } p && r.OrganisationId is { } o && !members.Contains((p, o)))
                {
                    members.Add((p, o));
                }
            }
            start = end;
            graph.EngagementCount++;
            foreach (var (person, organisation) in members)
            {
                graph.Link(Graph.Person(person), Graph.Organisation(organisation), "member", engagement);
            }
            for (var i = 0; i < parties.Count; i++)
            {
                for (var j = 0; j < parties.Count; j++)
                {
                    if (parties[j].Side > parties[i].Side)
                    {
                        graph.Link(parties[i].Node, parties[j].Node, "met", engagement);
                    }
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
            nodes[$"p{p.Id}"] = new NetworkNode($"p{p.Id}", "person", p.Name, p.CountryCode, graph.CountOf(Graph.Person(p.Id)), $"/people/{p.Id}");
        }
        foreach (var o in await db.Organisations.Where(o => organisations.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.CountryCode }).ToListAsync(cancellationToken))
        {
            nodes[$"o{o.Id}"] = new NetworkNode($"o{o.Id}", "organisation", o.Name, o.CountryCode, graph.CountOf(Graph.Organisation(o.Id)), $"/organisations/{o.Id}");
        }
        return nodes;
    }

    private sealed record Row(long EngagementId, int Side, long? PersonId, long? OrganisationId);

    private sealed class Tie(long source, long target, string kind)
    {
        public long Source { get; } = source;
        public long Target { get; } = target;
        public string Kind { get; } = kind;
        public int Engagements { get; set; }
    }

    /// <summary>
    /// Nodes are numbers while the graph is built (a person's id, an organisation's id negated) and named
    /// "p12" / "o5" only for the few that are returned; ties count the engagements behind them.
    /// </summary>
    private sealed class Graph
    {
        private readonly Dictionary<long, int> _counts = [];
        private readonly Dictionary<long, List<(long Node, long Engagement)>> _neighbours = [];

        public Dictionary<(long, long), Tie> Edges { get; } = [];
        public int EngagementCount { get; set; }

        public static long Person(long id) => id;

        public static long Organisation(long id) => -id;

        public static string Name(long node) => node > 0 ? $"p{node}" : $"o{-node}";

        public static long Parse(string id) =>
            long.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) * (id[0] == 'p' ? 1 : -1);

        /// <summary>Orders nodes as their names order ordinally ("o5" before "p12" before "p9"), without making the names.</summary>
        public static int Compare(long a, long b)
        {
            if ((a > 0) != (b > 0))
            {
                return a > 0 ? 1 : -1;
            }
            Span<char> x = stackalloc char[20];
            Span<char> y = stackalloc char[20];
            Math.Abs(a).TryFormat(x, out var xl, provider: System.Globalization.CultureInfo.InvariantCulture);
            Math.Abs(b).TryFormat(y, out var yl, provider: System.Globalization.CultureInfo.InvariantCulture);
            return x[..xl].SequenceCompareTo(y[..yl]);
        }

        public void Count(long node) => _counts[node] = _counts.GetValueOrDefault(node) + 1;

        public int CountOf(long node) => _counts.GetValueOrDefault(node);

        public List<(long Node, long Engagement)> Neighbours(long node) => _neighbours.GetValueOrDefault(node) ?? [];

        /// <summary>Called once per engagement and pair, so the count is the engagements linking the two.</summary>
        public void Link(long a, long b, string kind, long engagement)
        {
            if (a == b)
            {
                return;
            }
            var key = Compare(a, b) < 0 ? (a, b) : (b, a);
            if (!Edges.TryGetValue(key, out var tie))
            {
                Edges[key] = tie = new Tie(key.Item1, key.Item2, kind);
                (_neighbours.TryGetValue(a, out var na) ? na : _neighbours[a] = []).Add((b, engagement));
                (_neighbours.TryGetValue(b, out var nb) ? nb : _neighbours[b] = []).Add((a, engagement));
            }
            tie.Engagements++;
        }
    }
}
