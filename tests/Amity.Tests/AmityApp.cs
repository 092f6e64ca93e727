using Amity.Domain;
using Amity.Storage.Import;
using Amity.Testing;
using Amity.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Amity.Tests;

/// <summary>The real web host over a real database loaded with the sample corpus, for one kind of database.</summary>
public sealed class AmityApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    public static async Task<AmityApp> StartAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            await SeedLoader.LoadAsync(db, Path.Combine(Paths.Samples, "seed.json"), TimeProvider.System);
            await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Samples, "readouts")]);
            await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Samples, "engagements.jsonl"), Verification.Verified);
        }
        return new AmityApp(database);
    }

    protected override IHostBuilder CreateHostBuilder() => AmityWebHost.CreateHostBuilder(Database.Target, url: null);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>One app per kind of database, shared by a test class.</summary>
public sealed class AmityApps : IAsyncLifetime
{
    private readonly Dictionary<string, AmityApp> _apps = [];

    public AmityApp this[string kind] => _apps[kind];

    public async Task InitializeAsync()
    {
        foreach (var kind in new[] { TestDatabase.Sqlite, TestDatabase.Postgres })
        {
            _apps[kind] = await AmityApp.StartAsync(kind);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }
    }
}
