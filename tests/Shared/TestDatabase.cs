using Amity.Storage;
using Npgsql;

namespace Amity.Testing;

/// <summary>
/// A fresh, real database for one test: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server that ./test.sh starts (its address in AMITY_TEST_POSTGRES). Never skipped: without
/// the server the PostgreSQL tests fail and say how to run them.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> Kinds => new() { Sqlite, Postgres };

    private readonly string? _folder;
    private readonly string? _pgName;

    private TestDatabase(DatabaseTarget target, string? folder, string? pgName)
    {
        Target = target;
        _folder = folder;
        _pgName = pgName;
    }

    public DatabaseTarget Target { get; }

    public static async Task<TestDatabase> CreateAsync(string kind, bool migrate = true)
    {
        TestDatabase database;
        if (kind == Postgres)
        {
            var server = Environment.GetEnvironmentVariable("AMITY_TEST_POSTGRES")
                ?? throw new InvalidOperationException("AMITY_TEST_POSTGRES is not set: run ./test.sh, which installs and starts PostgreSQL for the tests.");
            var name = "amity_test_" + Guid.NewGuid().ToString("N")[..12];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            database = new TestDatabase(new DatabaseTarget(builder.ToString()), null, name);
        }
        else
        {
            var folder = Path.Combine(Path.GetTempPath(), "amity-test-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(folder);
            database = new TestDatabase(new DatabaseTarget(Path.Combine(folder, "amity.db")), folder, null);
        }
        if (migrate)
        {
            await database.Target.MigrateAsync();
        }
        return database;
    }

    public AmityDb Context() => Target.CreateContext();

    public async ValueTask DisposeAsync()
    {
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("AMITY_TEST_POSTGRES"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>Where the repository, its samples and the shared corpus are, found from the test's own folder.</summary>
public static class Paths
{
    public static string Repo { get; } = FindRepo();

    public static string Samples => Path.Combine(Repo, "samples");

    /// <summary>The shared corpus beside the repository (third-party texts, read in place, never copied).</summary>
    public static string Corpus => Path.GetFullPath(Path.Combine(Repo, "..", "shared", "corpus"));

    /// <summary>A new empty folder of its own.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "amity-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A path named <paramref name="name"/> in a new empty folder.</summary>
    public static string Temp(string name) => Path.Combine(TempFolder(), name);

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Amity.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (Amity.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
