using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Amity.Storage;

/// <summary>
/// Sets each SQLite connection's page cache to 16 MB (the default is 2 MB) and maps the file into memory, so the
/// pages' counts over a large registry read from memory instead of copying pages through system calls.
/// </summary>
internal sealed class SqliteTuning : DbConnectionInterceptor
{
    public static readonly SqliteTuning Instance = new();

    private const string Pragmas = "PRAGMA cache_size=-16384; PRAGMA mmap_size=268435456;";

    // The settings last as long as the native connection, which the pool hands out again and again: each is tuned once.
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Tuned.TryAdd(handle, Tuned);
}
