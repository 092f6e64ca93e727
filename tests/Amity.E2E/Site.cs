using System.Net;
using System.Net.Sockets;
using Amity.Domain;
using Amity.Features.Accounts;
using Amity.Storage.Import;
using Amity.Testing;
using Amity.Web;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Amity.E2E;

/// <summary>
/// The real application, served by Kestrel on a loopback port over a fresh SQLite database loaded with the
/// sample corpus, and Debian's Chromium driven by Playwright. Never skipped: without /usr/bin/chromium the
/// fixture fails and says how to get it (./test.sh installs it).
/// </summary>
public sealed class Site : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private TestDatabase _database = null!;
    private IHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots => Path.Combine(Paths.Repo, "docs", "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run ./test.sh, which installs Debian's chromium package.");
        }
        _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var db = _database.Context())
        {
            await SeedLoader.LoadAsync(db, Path.Combine(Paths.Samples, "seed.json"), TimeProvider.System);
            await DocumentImporter.ImportAsync(db, [Path.Combine(Paths.Samples, "readouts")]);
            await RecordImporter.ImportFileAsync(db, Path.Combine(Paths.Samples, "engagements.jsonl"), Verification.Verified);
            await Accounts.AddAsync(db, UserName, Role.Administrator, Password, DateTime.UtcNow, cleared: true);
        }
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _host = AmityWebHost.CreateHostBuilder(_database.Target, BaseUrl).Build();
        await _host.StartAsync();

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        Directory.CreateDirectory(Screenshots);
        // Signed in once through the sign-in page; every test's context starts with that session.
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/engagements");
        await page.GetByLabel("User name").FillAsync(UserName);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/engagements");
        _session = await context.StorageStateAsync();
        await context.CloseAsync();
    }

    public const string UserName = "ada";
    public const string Password = "walkthrough password";

    private string _session = "";

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.StopAsync();
        _host.Dispose();
        await _database.DisposeAsync();
    }

    /// <summary>A page in a context of its own, so tests share no cookies or storage.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            StorageState = _session,
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        response.ShouldNotBeNull();
        response.Status.ShouldBe(200, $"GET {path}");
        return page;
    }

    /// <summary>Saves the page under docs/screenshots/ (committed, so the docs show the current pages).</summary>
    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <summary>axe-core in the browser: no serious or critical violations (labels, contrast, headings, names).</summary>
    public static async Task ShouldBeAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var problems = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .ToList();
        problems.ShouldBeEmpty($"accessibility problems on {page.Url}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSite : ICollectionFixture<Site>
{
    public const string Name = "site";
}
