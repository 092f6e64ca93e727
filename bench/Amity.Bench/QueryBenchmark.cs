using System.Diagnostics;
using System.Globalization;
using Amity.Domain;
using Amity.Features.Countries;
using Amity.Features.Dashboard;
using Amity.Features.Engagements;
using Amity.Features.Network;
using Amity.Features.People;
using Amity.Storage;
using Amity.Storage.Import;
using Microsoft.EntityFrameworkCore;

namespace Amity.Bench;

/// <summary>
/// The key queries of issue 6 timed bare, through the same query code the API and pages call, on a database of
/// <c>count</c> synthetic engagements (kept between runs: a SQLite file in the temp folder, or a PostgreSQL database
/// named after the count on the server given). Each query runs on a fresh context, as a request's would, after a
/// warm-up; p50, p95 and p99 are printed against the bar (100 ms on PostgreSQL, 50 ms on SQLite).
/// </summary>
public static class QueryBenchmark
{
    public static async Task<int> RunAsync(int count, string server, int rounds)
    {
        var target = server.Length == 0
            ? new DatabaseTarget(Path.Combine(Path.GetTempPath(), $"amity-bench-queries-{count}.db"))
            : await PostgresAsync(server, $"amity_queries_{count}");
        await LoadAsync(target, count);
        var bar = target.IsPostgres ? 100.0 : 50.0;
        var clock = TimeProvider.System;
        var (person, organisation, year) = await SubjectsAsync(target);
        var queries = new (string Name, Func<AmityDb, Task<int>> Run)[]
        {
            ("faceted list (country, kind, page 1)", async db => (await EngagementQueries.ListAsync(db, new EngagementFilter { Country = "KE", Kind = "meeting" }, default)).Items.Count),
            ("faceted list (mode, year, page 20)", async db => (await EngagementQueries.ListAsync(db, new EngagementFilter { Mode = "video", From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31), Page = 20 }, default)).Items.Count),
            ("full-text search (two words)", async db => (await EngagementQueries.ListAsync(db, new EngagementFilter { Q = "youth exchanges" }, default)).Total),
            ("country timeline (KE)", async db => (await CountryQueries.GetAsync(db, "KE", clock, default))!.Engagements),
            ("person's contacts (busiest)", async db => (await PersonQueries.GetAsync(db, person, clock, default))!.Contacts.Count),
            ("dashboard year summary", async db => (await DashboardQueries.GetAsync(db, year, clock, default)).Total),
            ("network neighbourhood (organisation)", async db => (await NetworkQueries.GraphAsync(db, new EngagementFilter { Organisation = organisation }, default)).Nodes.Count),
        };
        await using (var db = target.CreateContext())
        {
            Console.WriteLine($"{target.Describe()}: {await db.Engagements.CountAsync():N0} engagements, {await db.Participants.CountAsync():N0} participants; {rounds} timed runs each after 3 warm-up runs, ms");
        }
        Console.WriteLine($"| query | p50 | p95 | p99 | max | rows |");
        Console.WriteLine($"|---|---|---|---|---|---|");
        var over = 0;
        foreach (var (name, run) in queries)
        {
            var times = new List<double>();
            var rows = 0;
            for (var i = 0; i < rounds + 3; i++)
            {
                await using var db = target.CreateContext();
                db.SeesRestricted = true;
                var watch = Stopwatch.StartNew();
                rows = await run(db);
                if (i >= 3)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * q) - 1)];
            var slow = At(0.95) > bar;
            over += slow ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {At(0.5):F1} | {At(0.95):F1} | {At(0.99):F1} | {times[^1]:F1} | {rows} |{(slow ? $" over {bar} ms" : "")}"));
        }
        Console.WriteLine(over == 0 ? $"every query under {bar} ms at the 95th percentile" : $"{over} quer{(over == 1 ? "y" : "ies")} over {bar} ms at the 95th percentile");
        return over == 0 ? 0 : 1;
    }

    private static async Task<DatabaseTarget> PostgresAsync(string server, string name)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new DatabaseTarget(new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
    }

    /// <summary>Loads synthetic engagements until the database holds <paramref name="count"/>; a later run resumes.</summary>
    private static async Task LoadAsync(DatabaseTarget target, int count)
    {
        await target.MigrateAsync();
        int have;
        await using (var db = target.CreateContext())
        {
            have = await db.Engagements.CountAsync();
        }
        if (have >= count)
        {
            return;
        }
        var generator = new SyntheticRecords(seed: 21);
        // The same sequence from the start: what is stored already is skipped by its fingerprint, cheaply.
        for (var i = 0; i < have; i++)
        {
            generator.Next();
        }
        var clock = Stopwatch.StartNew();
        // A bulk load a million at a time: each rebuilds the indexes once, so fewer, larger chunks are cheaper.
        const int Chunk = 1_000_000;
        while (have < count)
        {
            var records = Enumerable.Range(0, Math.Min(Chunk, count - have)).Select(_ => generator.Next()).ToList();
            await using var db = target.CreateContext();
            db.ChangeNote = "query benchmark load";
            var result = await RecordImporter.LoadAsync(db, records, Verification.Verified);
            have += result.Added + result.Unchanged;
            Console.Error.WriteLine($"loaded {have:N0} engagements ({clock.Elapsed.TotalSeconds:F0} s)");
        }
        await using (var db = target.CreateContext())
        {
            // Fresh statistics for the planner, as autovacuum would give them in time.
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
    }

    private static async Task<(long Person, long Organisation, int Year)> SubjectsAsync(DatabaseTarget target)
    {
        await using var db = target.CreateContext();
        var person = await db.Participants.Where(p => p.PersonId != null).GroupBy(p => p.PersonId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var organisation = await db.Participants.Where(p => p.OrganisationId != null).GroupBy(p => p.OrganisationId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var year = (await db.Engagements.MaxAsync(e => e.StartsOn))!.Value.Year;
        return (person, organisation, year);
    }
}
