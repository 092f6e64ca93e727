using Amity.Cli;
using Amity.Storage.Import;
using Amity.Testing;

namespace Amity.Tests;

public class RegistryDirectoryTests
{
    [Fact]
    public async Task NamesShouldResolveToThePersonAndTheTitleHeldThatDay()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var db = database.Context();
        await SeedLoader.LoadAsync(db, Path.Combine(Paths.Samples, "seed.json"), TimeProvider.System);
        var directory = await RegistryDirectory.LoadAsync(db, CancellationToken.None);

        var before = directory.Find("Wen Li-sheng", new DateOnly(2023, 6, 1))!;
        var after = directory.Find("wen lisheng", new DateOnly(2024, 6, 1))!;

        before.CanonicalName.ShouldBe("Wen Lisheng");
        before.Title.ShouldBe("Vice Minister");
        after.Title.ShouldBe("Minister");
        after.Organisation.ShouldBe("International Liaison Department of the Harmony Party");
        after.Country.ShouldBe("CN");
        // A transliteration within a small edit of a known name is the same person.
        directory.Find("Wen Lishen", null)!.CanonicalName.ShouldBe("Wen Lisheng");
        directory.Find("Nobody Known", null).ShouldBeNull();
    }
}
