using Amity.Domain;
using Amity.Domain.Records;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class BulkLoadTests
{
    private static string ReadoutsGold => Path.Combine(Paths.Corpus, "readouts", "gold.jsonl");

    [Fact]
    public async Task ALoadShouldStoreWhatAnImportStoresAndLeaveEveryIndexAndKeyAsTheMigrationsMadeThem()
    {
        await using var loaded = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        await using var imported = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var records = RecordImporter.Parse(ReadoutsGold).Select(r => r.Record).ToList();
        string before;
        await using (var db = loaded.Context())
        {
            before = await SchemaAsync(db);
            (await RecordImporter.LoadAsync(db, records, Verification.Verified)).Added.ShouldBe(records.Count);
            (await SchemaAsync(db)).ShouldBe(before);
            // A second load changes nothing, as a second import would not.
            (await RecordImporter.LoadAsync(db, records, Verification.Verified)).Added.ShouldBe(0);
        }
        await using (var db = imported.Context())
        {
            await RecordImporter.ImportAsync(db, records, Verification.Verified);
        }
        await using var a = loaded.Context();
        await using var b = imported.Context();
        (await ExportAsync(a)).ShouldBe(await ExportAsync(b));
        (await a.AuditTrail.CountAsync()).ShouldBe(await b.AuditTrail.CountAsync());
        // The rebuilt search index finds what the ordinary one does.
        (await Search.FullTextSearch.Matching(a, "Liu Jianchao").CountAsync()).ShouldBe(await Search.FullTextSearch.Matching(b, "Liu Jianchao").CountAsync());
        (await Search.FullTextSearch.Matching(a, "Liu Jianchao").CountAsync()).ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task AFailedLoadShouldLeaveTheRegistryItsIndexesAndItsKeysAsTheyWere()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        await using var db = database.Context();
        var records = RecordImporter.Parse(ReadoutsGold).Select(r => r.Record).ToList();
        await RecordImporter.ImportAsync(db, records.Take(5).ToList(), Verification.Verified);
        var schema = await SchemaAsync(db);
        var count = await db.Engagements.CountAsync();
        // The last record ends before it begins: the load fails after the indexes and keys were dropped.
        var bad = records[6] with { Date = "2024-03-06", EndDate = "2024-03-01", Sources = [new SourceRecord { Document = "bad", Start = 0, End = 1 }] };

        await Should.ThrowAsync<DomainException>(() => RecordImporter.LoadAsync(db, [.. records.Skip(5), bad], Verification.Verified));

        await using var after = database.Context();
        (await SchemaAsync(after)).ShouldBe(schema);
        (await after.Engagements.CountAsync()).ShouldBe(count);
    }

    // Every index and constraint of the database, as definitions.
    private static async Task<string> SchemaAsync(AmityDb db)
    {
        var rows = await db.Database.SqlQueryRaw<string>("""
            SELECT indexdef AS "Value" FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL
            SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            """).ToListAsync();
        rows.Count.ShouldBeGreaterThan(20);
        return string.Join("\n", rows.Order(StringComparer.Ordinal));
    }

    private static async Task<string> ExportAsync(AmityDb db)
    {
        using var writer = new StringWriter();
        await RecordExporter.ExportAsync(db, writer);
        return writer.ToString();
    }
}
