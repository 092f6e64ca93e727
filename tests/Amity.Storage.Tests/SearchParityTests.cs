using Amity.Domain;
using Amity.Storage.Import;
using Amity.Storage.Search;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

/// <summary>The readouts and their gold records, stored once in each database for every search query to compare.</summary>
public sealed class SearchDatabases : IAsyncLifetime
{
    public TestDatabase Sqlite { get; private set; } = null!;
    public TestDatabase Postgres { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Sqlite = await LoadAsync(TestDatabase.Sqlite);
        Postgres = await LoadAsync(TestDatabase.Postgres);
    }

    public async Task DisposeAsync()
    {
        await Sqlite.DisposeAsync();
        await Postgres.DisposeAsync();
    }

    private static async Task<TestDatabase> LoadAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        foreach (var set in new[] { "readouts", "dev" })
        {
            await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Corpus, set, "docs")]);
            await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Corpus, set, "gold.jsonl"), Verification.Verified);
        }
        return database;
    }
}

/// <summary>
/// Full-text search gives the same engagements on SQLite (FTS5) and PostgreSQL (tsvector) for every kind of query
/// people type: names, several words, other case, accents typed or left out, hyphens, apostrophes, acronyms,
/// numbers, punctuation, words no record holds.
/// </summary>
public class SearchParityTests(SearchDatabases databases) : IClassFixture<SearchDatabases>
{
    public static TheoryData<string, bool> Queries => new()
    {
        { "Liu Jianchao", true },
        { "liu JIANCHAO", true },
        { "Jianchao", true },
        { "CPC", true },
        { "International Department", true },
        { "people-to-people", true },
        { "People's", true },
        { "Peoples", true },
        { "Inácio", true },
        { "Inacio", true },
        { "INÁCIO LULA", true },
        { "U.S.", true },
        { "2023", true },
        { "Cyprus AKEL", true },
        { "Lula da Silva", true },
        { "forum", true },
        { "the", true },
        { "Jian", false },
        { "zyxwvut", false },
        { "Liu zyxwvut", false },
        { "   ", false },
        { "\"quoted\" OR NOT *", false },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task BothDatabasesShouldFindTheSameEngagements(string query, bool found)
    {
        var onSqlite = await MatchesAsync(databases.Sqlite, query);
        var onPostgres = await MatchesAsync(databases.Postgres, query);

        onPostgres.ShouldBe(onSqlite, ignoreOrder: true, $"the engagements '{query}' finds");
        if (found)
        {
            onSqlite.ShouldNotBeEmpty();
        }
        else
        {
            onSqlite.ShouldBeEmpty();
        }
    }

    // By fingerprint: the same records, whatever ids each database gave them.
    private static async Task<List<string>> MatchesAsync(TestDatabase database, string query)
    {
        await using var db = database.Context();
        var ids = FullTextSearch.Matching(db, query);
        return await db.Engagements.Where(e => ids.Contains(e.Id)).Select(e => e.Fingerprint!).ToListAsync();
    }
}
