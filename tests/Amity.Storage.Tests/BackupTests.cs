using Amity.Domain;
using Amity.Storage.Import;
using Amity.Testing;

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

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ARestoredBackupShouldGiveBackTheRegistryAsItWasWhenBackedUp(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            await RecordImporter.ImportFileAsync(db, ReadoutsGold, Verification.Verified);
        }
        var before = await ExportAsync(database.Target);
        var file = Path.Combine(Paths.TempFolder(), "registry.backup");

        await Backups.BackupAsync(database.Target, file);
        await using (var db = database.Context())
        {
            await RecordImporter.ImportFileAsync(db, DevGold, Verification.Verified);
        }
        (await ExportAsync(database.Target)).ShouldNotBe(before, "the registry changed after the backup");
        await Backups.RestoreAsync(database.Target, file);

        (await ExportAsync(database.Target)).ShouldBe(before);
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
