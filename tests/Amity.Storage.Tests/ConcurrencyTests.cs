using Amity.Domain;
using Amity.Storage.Import;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task OfTwoSavesFromTheSameReadTheSecondShouldFailAndChangeNothing(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"), Verification.Verified);
        }
        await using var first = database.Context();
        await using var second = database.Context();
        var id = await first.Engagements.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var a = await first.Engagements.Include(e => e.Participants).SingleAsync(e => e.Id == id);
        var b = await second.Engagements.Include(e => e.Participants).SingleAsync(e => e.Id == id);
        a.Version.ShouldBe(b.Version);

        a.Place = "First";
        await first.SaveChangesAsync();
        a.Version.ShouldBe(b.Version + 1);
        b.Place = "Second";
        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using var check = database.Context();
        var stored = await check.Engagements.SingleAsync(e => e.Id == id);
        stored.Place.ShouldBe("First");
        // A change to participants alone moves the version on too, so it also guards against overwrites.
        var c = await check.Engagements.Include(e => e.Participants).SingleAsync(e => e.Id == id);
        var before = c.Version;
        c.ReplaceParticipants(c.Participants.Take(1).ToList());
        await check.SaveChangesAsync();
        c.Version.ShouldBe(before + 1);
        (await check.AuditTrail.CountAsync(t => t.RecordId == id && t.Changes.Contains("\"Version\""))).ShouldBe(0, "versions are bookkeeping, not history");
    }
}
