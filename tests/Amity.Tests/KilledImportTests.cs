using System.Diagnostics;
using Amity.Domain.Records;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Amity.Tests;

/// <summary>A real import process killed part-way leaves the registry as it was, and running it again completes it.</summary>
public class KilledImportTests
{
    private const int Count = 6000;

    /// <summary>Distinct engagements, each with two participants, enough for an import of several seconds.</summary>
    private static string LargeFile(string dir)
    {
        var path = Path.Combine(dir, "large.jsonl");
        using var writer = new StreamWriter(path);
        var day = new DateOnly(2010, 1, 1);
        for (var i = 0; i < Count; i++)
        {
            var record = new EngagementRecord
            {
                Kind = "meeting",
                Date = day.AddDays(i % 4000).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Mode = "in_person",
                Place = "Geneva",
                Participants =
                [
                    new ParticipantRecord { Name = $"Host Person {i}", Country = "CH", Side = 0, Role = "host" },
                    new ParticipantRecord { Name = $"Guest Person {i}", Country = "KE", Side = 1, Role = "guest" },
                ],
            };
            writer.WriteLine(record.ToJsonLine());
        }
        return path;
    }

    private static async Task<int> EngagementsAsync(string db)
    {
        await using var context = new Amity.Storage.DatabaseTarget(db).CreateContext();
        return await context.Engagements.CountAsync();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AKilledImportShouldStoreNothingAndARerunShouldCompleteIt(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var db = database.Target.Value;
        var dir = Paths.TempFolder();
        var file = LargeFile(dir);

        using var import = CliRunner.Start(dir, "--db", db, "import", file);
        await WaitUntilWritingAsync(database, import);
        import.HasExited.ShouldBeFalse("the import is killed before it finishes");
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync();

        // Consistent: nothing of the killed import is stored, and the database is whole.
        (await EngagementsAsync(db)).ShouldBe(0);
        if (!database.Target.IsPostgres)
        {
            await using var context = database.Context();
            (await context.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()).ShouldBe(["ok"]);
        }

        var rerun = await CliRunner.RunAsync(dir, null, "--db", db, "import", file);
        rerun.Exit.ShouldBe(0, rerun.Error);
        rerun.Out.ShouldContain($"{Count} added");
        (await EngagementsAsync(db)).ShouldBe(Count);
        (await CliRunner.RunAsync(dir, null, "--db", db, "import", file)).Out.ShouldContain($"0 added, {Count} already there");
    }

    /// <summary>True while another connection holds SQLite's write lock (a write transaction is open); waits a second, longer than the
    /// start-up's brief migration lock, so what it sees is the import's transaction.</summary>
    private static bool SqliteWriterBusy(string path)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False;Default Timeout=1");
        connection.Open();
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            transaction.Rollback();
            return false;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return true;
        }
    }

    /// <summary>
    /// Until the import is inside its transaction: on PostgreSQL its session shows an open transaction; on
    /// SQLite another connection cannot take the write lock.
    /// </summary>
    private static async Task WaitUntilWritingAsync(TestDatabase database, Process import)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60) && !import.HasExited)
        {
            if (database.Target.IsPostgres)
            {
                var builder = new NpgsqlConnectionStringBuilder(database.Target.ConnectionString);
                await using var connection = new NpgsqlConnection(database.Target.ConnectionString);
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND xact_start IS NOT NULL AND pid <> pg_backend_pid() AND now() - xact_start > interval '200 milliseconds'", connection);
                query.Parameters.AddWithValue("db", builder.Database!);
                if ((long)(await query.ExecuteScalarAsync())! > 0)
                {
                    return;
                }
            }
            else if (SqliteWriterBusy(database.Target.Value))
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"the import did not start writing within {watch.Elapsed.TotalSeconds:0} s (exited: {import.HasExited})");
    }
}
