using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

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
        var graph = filter.HasConditions ? await LoadAsync(db, filter, 0, cancellationToken) : await WholeAsync(db, cancellationToken);
        var edges = graph.Strongest(MaxEdges)
            .Select(e => new NetworkEdge(Graph.Name(e.Source), Graph.Name(e.Target), e.Tie.Member ? "member" : "met", e.Tie.Engagements)).ToList();
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
        var graph = await WholeAsync(db, cancellationToken);
        var neighbours = graph.Neighbours();
        var (start, goal) = (Graph.Parse(from), Graph.Parse(to));
        var previous = new Dictionary<long, (long Node, long Engagement)>();
        var seen = new HashSet<long> { start };
        var queue = new Queue<long>([start]);
        while (queue.Count > 0 && !seen.Contains(goal))
        {
            var node = queue.Dequeue();
            foreach (var (next, engagement) in neighbours.GetValueOrDefault(node) ?? [])
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

    /// <summary>
    /// The network of every engagement, kept until the registry changes (on SQLite). Every change writes the audit
    /// trail in its own transaction, and SQLite lets one writer in at a time, so the trail's last id grows with
    /// every commit from any process: a version of the data. PostgreSQL commits concurrent writers' ids out of
    /// order, so there the graph is read afresh each time.
    /// </summary>
    private static async Task<Graph> WholeAsync(AmityDb db, CancellationToken cancellationToken)
    {
        // Those cleared and those not see different networks.
        var database = (db.SeesRestricted ? "cleared|" : "open|") + db.Database.GetConnectionString();
        long? version = db.Database.IsSqlite() ? await db.AuditTrail.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0 : null;
        if (version is not null && Whole.TryGetValue(database, out var kept) && kept.Version == version)
        {
            return kept.Graph;
        }
        // The network before a change is about as large as after it.
        var graph = await LoadAsync(db, new EngagementFilter(), WholeSize.GetValueOrDefault(database), cancellationToken);
        WholeSize[database] = graph.TieCount;
        if (version is { } v)
        {
            Whole[database] = (v, graph);
        }
        return graph;
    }

    private static readonly ConcurrentDictionary<string, (long Version, Graph Graph)> Whole = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> WholeSize = new(StringComparer.Ordinal);

    /// <param name="capacity">The ties expected: growing the table step by step took most of the building.</param>
    private static async Task<Graph> LoadAsync(AmityDb db, EngagementFilter filter, int capacity, CancellationToken cancellationToken)
    {
        var participants = db.Participants.Where(p => p.PersonId != null || p.OrganisationId != null);
        if (filter.HasConditions)
        {
            var engagements = filter.Apply(db).Select(e => e.Id);
            participants = participants.Where(p => engagements.Contains(p.EngagementId));
        }
        // In engagement order, which the participants' covering index gives without sorting. The rows are read
        // straight from the command EF writes: at 300,000 rows, materialising objects cost more than the query.
        // Each row is a node (its person, else its organisation, negated) and the organisation a person took part
        // for: fewer columns to read, which is most of the time spent here.
        var query = participants.OrderBy(p => p.EngagementId)
            .Select(p => new { p.EngagementId, p.Side, Node = p.PersonId ?? -p.OrganisationId, For = p.PersonId != null ? p.OrganisationId : null });
        var graph = new Graph(capacity);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = query.CreateDbCommand();
            if (command is SqliteCommand { Connection: SqliteConnection { Handle: { } handle } } sqlite && sqlite.Parameters.Cast<SqliteParameter>().All(CanBind))
            {
                ReadNative(handle, sqlite, graph);
            }
            else
            {
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    graph.Add(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
                }
            }
            graph.EndEngagement();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return graph;
    }

    /// <summary>
    /// Steps SQLite's own statement: at 300,000 rows the ADO.NET reader's checks on every column took twice as long
    /// as the query itself.
    /// </summary>
    private static void ReadNative(sqlite3 connection, SqliteCommand command, Graph graph)
    {
        Check(raw.sqlite3_prepare_v2(connection, command.CommandText, out var statement), connection);
        using (statement)
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                var name = parameter.ParameterName;
                var index = raw.sqlite3_bind_parameter_index(statement, name);
                Bind(statement, index != 0 || name.Length == 0 || name[0] is '@' or ':' or '$' ? index : raw.sqlite3_bind_parameter_index(statement, "@" + name), parameter.Value, connection);
            }
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                graph.Add(raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int(statement, 1), raw.sqlite3_column_int64(statement, 2),
                    raw.sqlite3_column_type(statement, 3) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(statement, 3));
            }
            if (step != raw.SQLITE_DONE)
            {
                Check(step, connection);
            }
        }
    }

    /// <summary>The values the engagement filter (and the restriction filter) sends, bound as Microsoft.Data.Sqlite binds them; others go through ADO.NET.</summary>
    private static bool CanBind(SqliteParameter parameter) => parameter.Value is null or DBNull or long or int or bool or string or DateOnly;

    private static void Bind(sqlite3_stmt statement, int index, object? value, sqlite3 connection) => Check(value switch
    {
        long l => raw.sqlite3_bind_int64(statement, index, l),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        string text => raw.sqlite3_bind_text(statement, index, text),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        _ => raw.sqlite3_bind_null(statement, index),
    }, connection);

    private static void Check(int result, sqlite3 connection)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, connection);
        }
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

    /// <summary>Plain values only, so the collector has no references to trace through 100,000s of ties.</summary>
    private struct Tie
    {
        /// <summary>A person and the organisation they took part for, rather than two who met.</summary>
        public bool Member;
        public int Engagements;
        /// <summary>The first engagement that linked the two, the step a path goes through.</summary>
        public long First;
    }

    /// <summary>
    /// Nodes are numbers while the graph is built (a person's id, an organisation's id negated) and named
    /// "p12" / "o5" only for the few that are returned; ties count the engagements behind them.
    /// </summary>
    /// <param name="capacity">The ties expected, so the table is not grown step by step.</param>
    private sealed class Graph(int capacity)
    {
        private readonly Dictionary<long, int> _counts = [];
        private readonly Dictionary<(long, long), Tie> _ties = new(capacity);
        private readonly List<(int Side, long Node)> _parties = [];
        private readonly List<(long Person, long Organisation)> _members = [];
        private long _engagement;

        public int EngagementCount { get; private set; }

        public int TieCount => _ties.Count;

        public static long Person(long id) => id;

        public static long Organisation(long id) => -id;

        public static string Name(long node) => node > 0 ? $"p{node}" : $"o{-node}";

        public static long Parse(string id) =>
            long.Parse(id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture) * (id[0] == 'p' ? 1 : -1);

        public int CountOf(long node) => _counts.GetValueOrDefault(node);

        /// <summary>
        /// One participant, in engagement order: the node it stands for (its person, else its organisation) and,
        /// for a person, the organisation they took part for.
        /// </summary>
        public void Add(long engagement, int side, long node, long? organisation)
        {
            if (engagement != _engagement)
            {
                EndEngagement();
                _engagement = engagement;
            }
            if (!_parties.Contains((side, node)))
            {
                _parties.Add((side, node));
            }
            if (node > 0 && organisation is { } o && !_members.Contains((node, o)))
            {
                _members.Add((node, o));
            }
        }

        /// <summary>Links everyone of the engagement read last: members to their organisations, each side to the others.</summary>
        public void EndEngagement()
        {
            var engagement = _engagement;
            if (_parties.Count == 0)
            {
                return;
            }
            EngagementCount++;
            foreach (var (person, organisation) in _members)
            {
                Link(Person(person), Organisation(organisation), member: true, engagement);
            }
            for (var i = 0; i < _parties.Count; i++)
            {
                var seenBefore = false;
                for (var j = 0; j < _parties.Count; j++)
                {
                    if (_parties[j].Side > _parties[i].Side)
                    {
                        Link(_parties[i].Node, _parties[j].Node, member: false, engagement);
                    }
                    seenBefore |= j < i && _parties[j].Node == _parties[i].Node;
                }
                if (!seenBefore)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(_counts, _parties[i].Node, out _)++;
                }
            }
            _parties.Clear();
            _members.Clear();
        }

        /// <summary>
        /// The ties linking most engagements; among ties as strong as the weakest kept, those met first. Found from
        /// a count of ties by strength rather than by sorting them all, since all but a few hundred are dropped.
        /// </summary>
        public List<(long Source, long Target, Tie Tie)> Strongest(int limit)
        {
            var byStrength = new SortedDictionary<int, int>();
            foreach (var tie in _ties.Values)
            {
                byStrength[tie.Engagements] = byStrength.GetValueOrDefault(tie.Engagements) + 1;
            }
            var (weakest, room) = (0, limit);
            foreach (var (strength, count) in byStrength.Reverse())
            {
                (weakest, room) = (strength, room - count);
                if (room <= 0)
                {
                    break;
                }
            }
            // Ties at the weakest strength kept fill what room the stronger ones leave, in the order they were met.
            var atWeakest = limit - byStrength.Where(s => s.Key > weakest).Sum(s => s.Value);
            var kept = new List<(long Source, long Target, Tie Tie, int Order)>();
            var order = 0;
            foreach (var ((a, b), tie) in _ties)
            {
                if (tie.Engagements > weakest || (tie.Engagements == weakest && atWeakest-- > 0))
                {
                    kept.Add((a, b, tie, order));
                }
                order++;
            }
            kept.Sort((x, y) => y.Tie.Engagements != x.Tie.Engagements ? y.Tie.Engagements.CompareTo(x.Tie.Engagements) : x.Order.CompareTo(y.Order));
            return kept.Select(k => (k.Source, k.Target, k.Tie)).ToList();
        }

        /// <summary>Each node's neighbours with the engagement that first linked them, in the order they were met.</summary>
        public Dictionary<long, List<(long Node, long Engagement)>> Neighbours()
        {
            var neighbours = new Dictionary<long, List<(long, long)>>();
            foreach (var ((a, b), tie) in _ties)
            {
                (neighbours.TryGetValue(a, out var na) ? na : neighbours[a] = []).Add((b, tie.First));
                (neighbours.TryGetValue(b, out var nb) ? nb : neighbours[b] = []).Add((a, tie.First));
            }
            return neighbours;
        }

        /// <summary>Called once per engagement and pair, so the count is the engagements linking the two.</summary>
        private void Link(long a, long b, bool member, long engagement)
        {
            if (a == b)
            {
                return;
            }
            ref var tie = ref CollectionsMarshal.GetValueRefOrAddDefault(_ties, a < b ? (a, b) : (b, a), out var exists);
            if (!exists)
            {
                tie.Member = member;
                tie.First = engagement;
            }
            tie.Engagements++;
        }
    }
}
