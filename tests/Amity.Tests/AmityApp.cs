using System.Net.Http.Headers;
using Amity.Domain;
using Amity.Features.Accounts;
using Amity.Storage.Import;
using Amity.Testing;
using Amity.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Amity.Tests;

/// <summary>The real web host over a real database loaded with the sample corpus, for one kind of database.</summary>
/// Clients it makes act as an administrator through an API token unless they ask for another role.
public sealed class AmityApp(TestDatabase database) : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly Dictionary<Role, string> _tokens = [];

    public TestDatabase Database { get; } = database;

    /// <summary>The API token of the test account holding <paramref name="role"/> (users viewer, editor, reviewer, administrator).</summary>
    public string TokenFor(Role role) => _tokens[role];

    /// <summary>A client acting as the account of that role, or anonymous with null.</summary>
    public HttpClient ClientAs(Role? role, WebApplicationFactoryClientOptions? options = null)
    {
        var client = CreateClient(options ?? new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = role is { } r ? new AuthenticationHeaderValue("Bearer", _tokens[r]) : null;
        return client;
    }

    /// <summary>A client signed in through the sign-in form with the session cookie, following redirects as a browser does.</summary>
    public async Task<HttpClient> SignedInClientAsync(Role role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = null;
        var response = await client.PostAsync("/login", await LoginFormAsync(client, Codes.Of(role), Password));
        response.EnsureSuccessStatusCode();
        response.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/", "signing in should land on the dashboard");
        return client;
    }

    /// <summary>The sign-in form's fields, with the antiforgery token the page hands out.</summary>
    public static Task<FormUrlEncodedContent> LoginFormAsync(HttpClient client, string userName, string password) =>
        FormAsync(client, "/login", new() { ["userName"] = userName, ["password"] = password });

    /// <summary>A form post with the antiforgery token of the page that shows the form.</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return new FormUrlEncodedContent(fields);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens[Role.Administrator]);
    }

    public static async Task<AmityApp> StartAsync(string kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.Context())
        {
            await SeedLoader.LoadAsync(db, Path.Combine(Paths.Samples, "seed.json"), TimeProvider.System);
            await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Samples, "readouts")]);
            await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Samples, "engagements.jsonl"), Verification.Verified);
        }
        var app = new AmityApp(database);
        await using (var db = database.Context())
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var account = await Accounts.AddAsync(db, Codes.Of(role), role, Password, DateTime.UtcNow, cleared: role == Role.Administrator);
                app._tokens[role] = (await Accounts.IssueTokenAsync(db, account, "tests", DateTime.UtcNow, 30)).Secret;
            }
        }
        return app;
    }

    /// <summary>The first stored record of each kind, by the URL segment its pages live under.</summary>
    public async Task<Dictionary<string, long>> FirstRecordsAsync()
    {
        await using var db = Database.Context();
        return new()
        {
            ["engagements"] = await db.Engagements.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            ["people"] = await db.People.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            ["organisations"] = await db.Organisations.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            ["delegations"] = await db.Delegations.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            ["dialogues"] = await db.Mechanisms.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
            ["readouts"] = await db.Documents.OrderBy(e => e.Id).Select(e => e.Id).FirstAsync(),
        };
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
