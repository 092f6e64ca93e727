using Amity.Domain;
using Amity.Storage.Import;
using Amity.Storage.Search;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class DocumentAndSeedTests
{
    private static string Readouts => Path.Combine(Paths.Corpus, "readouts", "docs");

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task DocumentsShouldBeStoredOnceWithTheirPublicationFacts(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var first = await DocumentImporter.ImportAsync(db, [Readouts]);
        var second = await DocumentImporter.ImportAsync(db, [Readouts]);

        first.DocumentsAdded.ShouldBe(40);
        second.DocumentsAdded.ShouldBe(0);
        second.Unchanged.ShouldBe(40);
        var r01 = await db.Documents.SingleAsync(d => d.Key == "r01.txt");
        r01.Published.ShouldBe(new DateOnly(2023, 6, 3));
        r01.Url.ShouldNotBeNull().ShouldStartWith("http");
        r01.Text.ShouldBe(await File.ReadAllTextAsync(Path.Combine(Readouts, "r01.txt")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ADocumentCitedBeforeItIsStoredShouldReceiveItsTextAndBeSearchable(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var records = Paths.Temp("records.jsonl");
        // Records citing r01.txt without their evidence: only the document's text can make them searchable.
        var lines = File.ReadLines(Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"))
            .Where(l => l.Contains("\"r01.txt\"", StringComparison.Ordinal))
            .Select(l => System.Text.RegularExpressions.Regex.Replace(l, "\"evidence\": \"(?:[^\"\\\\]|\\\\.)*\"", "\"evidence\": null"));
        await File.WriteAllLinesAsync(records, lines);
        await RecordImporter.ImportFileAsync(db, records, Verification.Verified);
        (await FullTextSearch.Matching(db, "inter-party exchanges").CountAsync()).ShouldBe(0);

        await DocumentImporter.ImportAsync(db, [Path.Combine(Readouts, "r01.txt")]);

        (await db.Documents.CountAsync(d => d.Key == "r01.txt")).ShouldBe(1);
        (await FullTextSearch.Matching(db, "CEE countries").CountAsync()).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheSampleSeedShouldLoadEveryKindOfRecordOnce(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var seed = Path.Combine(Paths.Samples, "seed.json");
        (await SeedLoader.LoadAsync(db, seed, TimeProvider.System)).ShouldBeGreaterThan(0);
        var counts = (await db.Organisations.CountAsync(), await db.People.CountAsync(), await db.Mechanisms.CountAsync(),
            await db.Relationships.CountAsync(), await db.Delegations.CountAsync(), await db.Engagements.CountAsync());

        (await SeedLoader.LoadAsync(db, seed, TimeProvider.System)).ShouldBe(0);

        (await db.Organisations.CountAsync(), await db.People.CountAsync(), await db.Mechanisms.CountAsync(),
            await db.Relationships.CountAsync(), await db.Delegations.CountAsync(), await db.Engagements.CountAsync()).ShouldBe(counts);
        counts.Item3.ShouldBeGreaterThanOrEqualTo(3);
        (await db.Relationships.Select(r => r.Kind).Distinct().CountAsync()).ShouldBe(3);
        (await db.Positions.CountAsync(p => p.To != null)).ShouldBeGreaterThan(0);
        (await db.Delegations.Include(d => d.Itinerary).SelectMany(d => d.Itinerary).CountAsync()).ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task ReportsOfADialogueRoundShouldJoinTheRoundAlreadyRecorded(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await SeedLoader.LoadAsync(db, Path.Combine(Paths.Samples, "seed.json"), TimeProvider.System);
        var rounds = await db.Engagements.CountAsync(e => e.MechanismId != null);
        var records = Path.Combine(Paths.Samples, "engagements.jsonl");
        var roundReports = RecordImporter.Parse(records).Select(r => r.Record.EventName)
            .Where(n => n is not null && Ordinals.RoundNumber(n) is not null).Distinct().Count();
        roundReports.ShouldBeGreaterThan(0);

        var first = await RecordImporter.ImportFileAsync(db, records, Verification.Verified);
        var second = await RecordImporter.ImportFileAsync(db, records, Verification.Verified);

        (await db.Engagements.CountAsync(e => e.MechanismId != null)).ShouldBe(rounds);
        second.Added.ShouldBe(0);
        var withSources = await db.Engagements.Where(e => e.MechanismId != null && e.Sources.Any()).CountAsync();
        withSources.ShouldBe(roundReports);
        var named = await db.Engagements.Where(e => e.MechanismId != null && e.Sources.Any())
            .SelectMany(e => e.Participants).Where(p => p.PersonId != null).CountAsync();
        named.ShouldBeGreaterThan(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheDatabaseShouldRefuseASecondRoundWithTheSameNumber(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            var mechanism = new DialogueMechanism("Consultations", DialogueTrack.Track1, 12);
            var round = new Engagement(EngagementKind.Talks, new PartialDate(2024, 5, 1));
            mechanism.AddRound(round, 1);
            db.AddRange(mechanism, round);
            await db.SaveChangesAsync();
        }
        await using (var db = database.Context())
        {
            // A second writer that bypasses the aggregate still cannot store a duplicate round.
            var mechanism = await db.Mechanisms.SingleAsync();
            var duplicate = new Engagement(EngagementKind.Talks, new PartialDate(2025, 5, 1));
            new DialogueMechanism("Other", DialogueTrack.Track1, 12).AddRound(duplicate, 1);
            db.Entry(duplicate).Property(e => e.MechanismId).CurrentValue = mechanism.Id;
            db.Engagements.Add(duplicate);
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task FullTextSearchShouldFindRecordsByTheirPassagesAndParticipants(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"), Verification.Verified);

        var byName = await FullTextSearch.Matching(db, "Konecna").ToListAsync();
        var byPassage = await FullTextSearch.Matching(db, "joint delegation of multiple parties").ToListAsync();
        var nothing = await FullTextSearch.Matching(db, "zzqxy").ToListAsync();
        var syntax = await FullTextSearch.Matching(db, "\"AND OR NOT (*").ToListAsync();

        byName.ShouldNotBeEmpty();
        byPassage.ShouldContain(byName[0]);
        nothing.ShouldBeEmpty();
        syntax.ShouldBeEmpty();
    }
}
