using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amity.Storage;

/// <summary>
/// Where the registry lives: a SQLite file by default, PostgreSQL when given a PostgreSQL connection string
/// ("Host=...;Database=..." or a postgres:// URL).
/// </summary>
public sealed record DatabaseTarget(string Value)
{
    public const string DefaultPath = "data/amity.db";

    public bool IsPostgres =>
        Value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        Value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        Value.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public string ConnectionString => IsPostgres
        ? Value.Contains("://", StringComparison.Ordinal) ? FromUrl(Value) : Value
        : new SqliteConnectionStringBuilder { DataSource = Value, Pooling = true }.ToString();

    public string Describe() => IsPostgres ? "PostgreSQL" : $"SQLite {Path.GetFullPath(Value)}";

    public void Configure(DbContextOptionsBuilder options)
    {
        if (IsPostgres)
        {
            options.UseNpgsql(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString).AddInterceptors(SqliteTuning.Instance);
        }
        // Migrations are hand-written without a model snapshot, so EF cannot compare them with the model;
        // SchemaTests compares the migrated schema with the model instead.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)
            // Delegation members are read only through their delegation, whose filter then applies.
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    public AmityDb CreateContext()
    {
        var options = new DbContextOptionsBuilder<AmityDb>();
        Configure(options);
        // The command line is run by whoever holds the database itself; it sees every record.
        return new AmityDb(options.Options) { SeesRestricted = true };
    }

    /// <summary>Creates the database if needed and applies every migration not yet applied.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!IsPostgres && Path.GetDirectoryName(Path.GetFullPath(Value)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }
        await using var db = CreateContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (!IsPostgres)
        {
            // WAL lets the web host read while an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var user = uri.UserInfo.Split(':', 2);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/'),
            Username = Uri.UnescapeDataString(user[0]),
        };
        if (user.Length > 1)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }
        return builder.ToString();
    }
}
