using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Amity.Domain;
using Amity.Storage.Audit;
using Amity.Storage.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace Amity.Storage.Import;

/// <summary>
/// Writes new engagements, their participants and sources, the audit entry and full-text row of each, without the change
/// tracker: Npgsql's binary COPY on PostgreSQL, one prepared INSERT reused on SQLite. Tracking and one INSERT a
/// row cost a thousand engagements a second; this is what lets an import reach tens of thousands. Columns come
/// from the EF model (names, provider conversions), so the rows are those EF would have written. Runs inside the
/// caller's transaction; the people, organisations and documents the rows point to must already be saved.
/// </summary>
internal static class BulkInsert
{
    public static async Task WriteAsync(AmityDb db, IReadOnlyList<Engagement> engagements, string? note, CancellationToken cancellationToken)
    {
        if (engagements.Count == 0)
        {
            return;
        }
        var model = db.Model;
        var engagementType = model.FindEntityType(typeof(Engagement))!;
        var ids = await ReserveIdsAsync(db, engagements.Count, cancellationToken);
        for (var i = 0; i < engagements.Count; i++)
        {
            SetKey(engagementType, engagements[i], ids[i]);
            foreach (var participant in engagements[i].Participants)
            {
                FixUp(model.FindEntityType(typeof(Participant))!, participant, ids[i]);
            }
            foreach (var source in engagements[i].Sources)
            {
                FixUp(model.FindEntityType(typeof(EngagementSource))!, source, ids[i]);
            }
        }
        var writer = await RowWriter.OpenAsync(db, cancellationToken);
        await writer.WriteAsync(Table.Of(engagementType, withKey: true), engagements, cancellationToken);
        await writer.WriteAsync(Table.Of(model.FindEntityType(typeof(Participant))!), engagements.SelectMany(e => e.Participants), cancellationToken);
        await writer.WriteAsync(Table.Of(model.FindEntityType(typeof(EngagementSource))!), engagements.SelectMany(e => e.Sources), cancellationToken);
        if (db.RecordsAudit)
        {
            var at = db.Clock.GetUtcNow().UtcDateTime;
            var entries = engagements.Select(e => AuditRecorder.Created(engagementType, e, e.Id, at, db.Actor, note));
            await writer.WriteAsync(Table.Of(model.FindEntityType(typeof(AuditEntry))!), entries, cancellationToken);
        }
        await writer.WriteAsync(Table.Search(db.IsPostgres), engagements, cancellationToken);
    }

    /// <summary>
    /// Keys taken now, so rows can point to their engagement before any is written: from the identity sequence on
    /// PostgreSQL (never handed out twice, whatever else writes); past the largest on SQLite, whose transaction holds
    /// the only write lock.
    /// </summary>
    private static async Task<long[]> ReserveIdsAsync(AmityDb db, int count, CancellationToken cancellationToken)
    {
        if (db.IsPostgres)
        {
            return [.. await db.Database
                .SqlQueryRaw<long>("""SELECT nextval(pg_get_serial_sequence('"Engagements"', 'Id')) AS "Value" FROM generate_series(1, {0})""", count)
                .ToListAsync(cancellationToken)];
        }
        // Past the largest ever given too (AUTOINCREMENT's record of it), so a deleted engagement's id, which its audit
        // history and a restore still use, is never given again.
        var last = await db.Database.SqlQueryRaw<long>("""
            SELECT max(coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = 'Engagements'), 0), coalesce(max("Id"), 0)) AS "Value" FROM "Engagements"
            """).SingleAsync(cancellationToken);
        return [.. Enumerable.Range(1, count).Select(i => last + i)];
    }

    private static void SetKey(IEntityType type, object entity, long id) => Setter(type.FindPrimaryKey()!.Properties[0])(entity, id);

    /// <summary>
    /// Sets a row's foreign keys as EF's fix-up would: from the entity each navigation points to (saved, so keyed),
    /// and the key to the engagement it belongs to, which it has no navigation for.
    /// </summary>
    private static void FixUp(IEntityType type, object row, long engagementId)
    {
        foreach (var foreignKey in type.GetForeignKeys())
        {
            var set = Setter(foreignKey.Properties[0]);
            if (foreignKey.DependentToPrincipal?.GetGetter().GetClrValue(row) is { } principal)
            {
                set(row, foreignKey.PrincipalKey.Properties[0].GetGetter().GetClrValue(principal));
            }
            else if (foreignKey.PrincipalEntityType.ClrType == typeof(Engagement))
            {
                set(row, engagementId);
            }
        }
    }

    private static readonly ConcurrentDictionary<PropertyInfo, Action<object, object?>> Setters = new();

    /// <summary>A compiled setter (keys have private ones): reflection's SetValue, once per row and key, was a tenth of a load.</summary>
    private static Action<object, object?> Setter(IProperty property) => Setters.GetOrAdd(property.PropertyInfo!, info =>
    {
        var entity = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(entity, info.DeclaringType!), info),
            Expression.Convert(value, info.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, entity, value).Compile();
    });

    /// <summary>A table's columns, each with how its value is read from an entity.</summary>
    private sealed record Table(string Name, IReadOnlyList<Column> Columns)
    {
        /// <summary>As the model maps it: names and provider conversions.</summary>
        public static Table Of(IEntityType type, bool withKey = false)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties()
                .Where(p => withKey || !p.IsPrimaryKey())
                .Select(p => Column.Of(p.GetColumnName(table)!, p.GetColumnType(table), p.GetGetter(), p.GetTypeMapping().Converter))
                .ToList();
            return new Table(type.GetTableName()!, columns);
        }

        /// <summary>The full-text rows of new engagements, whose bodies are made here rather than read back by a query.</summary>
        public static Table Search(bool postgres) => new("EngagementSearch",
        [
            new Column(postgres ? "EngagementId" : "rowid", "bigint", e => ((Engagement)e).Id),
            new Column("Body", "text", e => FullTextSearch.BodyOf((Engagement)e)),
        ]);

        public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
    }

    private sealed record Column(string Name, string StoreType, Func<object, object?> Read)
    {
        public static Column Of(string name, string storeType, IClrPropertyGetter getter, ValueConverter? converter) =>
            new(name, storeType, converter is null
                ? getter.GetClrValue
                : entity => getter.GetClrValue(entity) is { } value ? converter.ConvertToProvider(value) : null);
    }

    private abstract class RowWriter
    {
        public static async Task<RowWriter> OpenAsync(AmityDb db, CancellationToken cancellationToken)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return connection switch
            {
                NpgsqlConnection postgres => new CopyWriter(postgres),
                SqliteConnection sqlite => new InsertWriter(sqlite, transaction),
                _ => throw new NotSupportedException($"no bulk writer for {connection.GetType().Name}"),
            };
        }

        public abstract Task WriteAsync<T>(Table table, IEnumerable<T> rows, CancellationToken cancellationToken) where T : notnull;
    }

    private sealed class CopyWriter(NpgsqlConnection connection) : RowWriter
    {
        public override async Task WriteAsync<T>(Table table, IEnumerable<T> rows, CancellationToken cancellationToken)
        {
            await using var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Name}\" ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            var types = table.Columns.Select(c => TypeOf(c.StoreType)).ToArray();
            foreach (var row in rows)
            {
                // The synchronous writes fill Npgsql's buffer and only now and then send it: awaiting each value costs more.
                copy.StartRow();
                for (var i = 0; i < types.Length; i++)
                {
                    Write(copy, table.Columns[i].Read(row), types[i]);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }

        // Named by the typed enum, not the store type's name: Npgsql then skips a lookup by name for every value.
        private static NpgsqlDbType TypeOf(string storeType) => storeType switch
        {
            "text" => NpgsqlDbType.Text,
            "bigint" => NpgsqlDbType.Bigint,
            "integer" => NpgsqlDbType.Integer,
            "boolean" => NpgsqlDbType.Boolean,
            "double precision" => NpgsqlDbType.Double,
            "date" => NpgsqlDbType.Date,
            "timestamp with time zone" => NpgsqlDbType.TimestampTz,
            "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
            _ => throw new NotSupportedException($"no COPY writer for {storeType}"),
        };

        private static void Write(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type)
        {
            switch (value)
            {
                case null:
                    copy.WriteNull();
                    break;
                case string text:
                    copy.Write(text, type);
                    break;
                case long number:
                    copy.Write(number, type);
                    break;
                case int number:
                    copy.Write(number, type);
                    break;
                case bool flag:
                    copy.Write(flag, type);
                    break;
                case double number:
                    copy.Write(number, type);
                    break;
                case DateOnly day:
                    copy.Write(day, type);
                    break;
                case DateTime time:
                    copy.Write(time, type);
                    break;
                case List<string> texts:
                    copy.Write(texts, type);
                    break;
                default:
                    throw new NotSupportedException($"no COPY writer for a {value.GetType().Name} ({type})");
            }
        }
    }

    private sealed class InsertWriter(SqliteConnection connection, DbTransaction? transaction) : RowWriter
    {
        public override async Task WriteAsync<T>(Table table, IEnumerable<T> rows, CancellationToken cancellationToken)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction?)transaction;
            insert.CommandText = $"INSERT INTO \"{table.Name}\" ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
            var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
            insert.Prepare();
            foreach (var row in rows)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = table.Columns[i].Read(row) ?? DBNull.Value;
                }
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
