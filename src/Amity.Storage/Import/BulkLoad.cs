using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

/// <summary>
/// A load of many engagements at once on PostgreSQL, as its manual advises for populating a database: the
/// engagement tables' secondary indexes and foreign keys are dropped inside the load's transaction, the rows
/// copied, then the indexes built in one pass each and the keys checked by one join each, before the commit. DDL
/// is transactional there, so a failed or killed load leaves the tables, indexes and keys as they were. Readers of
/// those tables wait until it commits: a load is for an archive into a registry at rest, not for daily imports.
/// Unique indexes and primary keys stay, so nothing is stored twice. The definitions are read from the database
/// itself, so the rebuilt ones are exactly those the migrations made.
/// </summary>
public sealed class BulkLoad
{
    // The tables a record import writes to in bulk.
    private static readonly string[] Tables = ["Engagements", "Participants", "EngagementSources", "EngagementSearch", "AuditTrail"];

    private readonly AmityDb _db;
    private readonly List<Definition> _indexes;
    private readonly List<Definition> _foreignKeys;

    private BulkLoad(AmityDb db, List<Definition> indexes, List<Definition> foreignKeys)
    {
        _db = db;
        _indexes = indexes;
        _foreignKeys = foreignKeys;
    }

    /// <summary>Drops the indexes and keys; call inside the transaction the load writes in.</summary>
    public static async Task<BulkLoad> BeginAsync(AmityDb db, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres || db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A bulk load runs on PostgreSQL, inside a transaction.");
        }
        var indexes = await db.Database.SqlQueryRaw<Definition>("""
            SELECT i.tablename AS "Table", i.indexname AS "Name", i.indexdef AS "Sql"
            FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
            WHERE i.schemaname = current_schema() AND i.tablename = ANY({0}) AND NOT x.indisunique AND NOT x.indisprimary
            """, [Tables]).ToListAsync(cancellationToken);
        var foreignKeys = await db.Database.SqlQueryRaw<Definition>("""
            SELECT t.relname AS "Table", k.conname AS "Name", pg_get_constraintdef(k.oid) AS "Sql"
            FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
            WHERE k.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY({0})
            """, [Tables]).ToListAsync(cancellationToken);
        // The names and definitions come from the database's own catalogue, not from any input.
#pragma warning disable EF1002
        foreach (var key in foreignKeys)
        {
            await db.Database.ExecuteSqlRawAsync($"""ALTER TABLE "{key.Table}" DROP CONSTRAINT "{key.Name}" """, cancellationToken);
        }
        foreach (var index in indexes)
        {
            await db.Database.ExecuteSqlRawAsync($"""DROP INDEX "{index.Name}" """, cancellationToken);
        }
#pragma warning restore EF1002
        return new BulkLoad(db, indexes, foreignKeys);
    }

    /// <summary>Rebuilds what <see cref="BeginAsync"/> dropped; a row that breaks a key fails the load.</summary>
    public async Task EndAsync(CancellationToken cancellationToken)
    {
        // Building an index sorts its table: the more memory, the fewer passes. Local to the transaction.
        await _db.Database.ExecuteSqlRawAsync("SET LOCAL maintenance_work_mem = '256MB'", cancellationToken);
        foreach (var index in _indexes)
        {
            await _db.Database.ExecuteSqlRawAsync(index.Sql, cancellationToken);
        }
#pragma warning disable EF1002 // as above: the catalogue's own definitions
        foreach (var key in _foreignKeys)
        {
            await _db.Database.ExecuteSqlRawAsync($"""ALTER TABLE "{key.Table}" ADD CONSTRAINT "{key.Name}" {key.Sql}""", cancellationToken);
        }
#pragma warning restore EF1002
    }

    private sealed record Definition(string Table, string Name, string Sql);
}
