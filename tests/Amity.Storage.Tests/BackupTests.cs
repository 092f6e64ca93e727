using Amity.Domain;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class BackupTests
{
    private static string ReadoutsGold => Path.Combine(Paths.Corpus, "readouts", "gold.jsonl");
    private static string DevGold => Path.Combine(Paths.Corpus, "dev", "gold.jsonl");

    private static async Task<string> ExportAsync(DatabaseTarget target)
    {
        await using var db = target.CreateContext();
        var writer = new StringWriter();
        await RecordExporter.ExportAsync(db, writer);
        return writer.ToString();
    }

    // Every table's row count and the trail, accounts, tokens, keys and documents in full: a restore gives back
    // the whole database, not only the records an export shows.
    private static async Task<string> EverythingAsync(DatabaseTarget target)
    {
        await using var db = target.CreateContext();
        var lines = new List<string>();
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal))
        {
            // Table names from the model, not from input.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            var count = await db.Database.SqlQueryRaw<int>(sql).SingleAsync();
            lines.Add($"{table}: {count}");
        }
        lines.AddRange((await db.AuditTrail.OrderBy(a => a.Id).ToListAsync()).Select(a => $"{a.Id} {a.At:O} {a.Actor} {a.Action} {a.RecordType} {a.RecordId} {a.Changes} {a.Note}"));
        lines.AddRange((await db.Accounts.OrderBy(a => a.Id).ToListAsync()).Select(a => $"{a.Id} {a.UserName} {a.Role} {a.PasswordHash} {a.Cleared}"));
        lines.AddRange((await db.ApiTokens.OrderBy(t => t.Id).ToListAsync()).Select(t => $"{t.Id} {t.Name} {t.Hash}"));
        lines.AddRange((await db.DataProtectionKeys.OrderBy(k => k.Id).ToListAsync()).Select(k => $"{k.Id} {k.FriendlyName} {k.Xml}"));
        lines.AddRange((await db.Documents.IgnoreQueryFilters().OrderBy(d => d.Id).ToListAsync()).Select(d => $"{d.Id} {d.Key} {d.ContentHash} {d.Restricted}"));
        return string.Join('\n', lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ARestoredBackupShouldGiveBackTheRegistryAsItWasWhenBackedUp(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Samples, "readouts")]);
            await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
            var account = Account.Create("backup.keeper", Role.Editor, "AQAAAAhash-for-the-test", DateTime.UtcNow);
            db.Accounts.Add(account);
            db.DataProtectionKeys.Add(new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\"/>" });
            await db.SaveChangesAsync();
        }
        var before = await ExportAsync(database.Target);
        var everything = await EverythingAsync(database.Target);
        everything.ShouldContain("backup.keeper");
        everything.ShouldContain("key-1");
        var file = Path.Combine(Paths.TempFolder(), "registry.backup");

        await Backups.BackupAsync(database.Target, file);
        await using (var db = database.Context())
        {
            await RecordImporter.ImportFileAsync(db, DevGold, Verification.Verified);
        }
        (await ExportAsync(database.Target)).ShouldNotBe(before, "the registry changed after the backup");
        await Backups.RestoreAsync(database.Target, file);

        (await ExportAsync(database.Target)).ShouldBe(before);
        (await EverythingAsync(database.Target)).ShouldBe(everything, "accounts, keys, documents and the whole trail come back too");
        await using (var db = database.Context())
        {
            // The restored registry works as before: a rerun of the same import changes nothing.
            (await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified)).Added.ShouldBe(0);
        }
        var again = await Should.ThrowAsync<DomainException>(() => Backups.BackupAsync(database.Target, file));
        again.Message.ShouldContain("already exists");
    }

    [Fact]
    public async Task AFileThatIsNotABackupShouldBeRefusedAndLeaveTheRegistryAlone()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var db = database.Context())
        {
            await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
        }
        var before = await ExportAsync(database.Target);
        var junk = Path.Combine(Paths.TempFolder(), "notes.db");
        await File.WriteAllTextAsync(junk, "not a database at all");
        var refused = await Should.ThrowAsync<DomainException>(() => Backups.RestoreAsync(database.Target, junk));
        refused.Message.ShouldContain("notes.db");
        (await ExportAsync(database.Target)).ShouldBe(before);
    }
}
