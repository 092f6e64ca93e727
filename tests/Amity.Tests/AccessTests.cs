using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Amity.Domain;
using Amity.Features.Accounts;
using Amity.Features.Delegations;
using Amity.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amity.Tests;

/// <summary>Every endpoint and page, called anonymously and in every role, gives exactly what that role allows.</summary>
public class AccessTests : IAsyncLifetime
{
    private AmityApp _app = null!;

    public async Task InitializeAsync() => _app = await AmityApp.StartAsync(TestDatabase.Sqlite);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    // What each route needs, written out here rather than read from the app, so the test checks the rules.
    private static Role? Needed(string route, string method)
    {
        var write = method != "GET";
        return route switch
        {
            "/login" or "/health" => null,
            "/logout" or "/account" or "/api/v1/me" or "/api/v1/me/tokens" or "/api/v1/me/tokens/{id}" => Role.Viewer,
            "/admin/users" or "/api/v1/accounts" => Role.Administrator,
            "/review" or "/api/v1/review/{id}" or "/api/v1/review/accept-above" when write => Role.Reviewer,
            // Restricting needs an editor with clearance; of the test accounts only the administrator is cleared.
            _ when route.EndsWith("/restricted", StringComparison.Ordinal) => Role.Administrator,
            _ => write ? Role.Editor : Role.Viewer,
        };
    }

    /// <summary>Every route the app serves with the methods it takes: API endpoints by their metadata, pages by GET and POST.</summary>
    private List<(string Route, string Method)> Routes()
    {
        var routes = new List<(string, string)>();
        foreach (var endpoint in _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart p2 => "{" + p2.Name + "}",
                _ => "",
            }))));
            // Pages carry no method metadata: they are read by GET and take their forms by POST.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            foreach (var method in methods)
            {
                routes.Add((route.Length > 1 ? route.TrimEnd('/') : route, method));
            }
        }
        return [.. routes.Distinct().Where(r => !r.Item1.StartsWith("/openapi", StringComparison.Ordinal) || r.Item2 == "GET")];
    }

    private static string Concrete(string route) =>
        System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]+\\}", "999999");

    [Fact]
    public async Task EveryRouteShouldGiveEachRoleExactlyWhatItAllows()
    {
        var routes = Routes();
        routes.Count.ShouldBeGreaterThan(50, "every API endpoint and page is walked");
        routes.ShouldContain(("/api/v1/engagements", "POST"));
        routes.ShouldContain(("/engagements/new", "POST"));
        var callers = new Role?[] { null, Role.Viewer, Role.Editor, Role.Reviewer, Role.Administrator };
        var clients = callers.ToDictionary(c => c?.ToString() ?? "anonymous", c => _app.ClientAs(c));
        var wrong = new List<string>();
        foreach (var (route, method) in routes)
        {
            var needed = Needed(route, method);
            foreach (var caller in callers)
            {
                var request = new HttpRequestMessage(new HttpMethod(method), Concrete(route));
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(new { });
                }
                var response = await clients[caller?.ToString() ?? "anonymous"].SendAsync(request);
                var status = (int)response.StatusCode;
                var toLogin = status == 302 && response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true;
                string? problem = null;
                if (needed is null)
                {
                    problem = status is 401 or 403 || toLogin ? "open to all, refused" : null;
                }
                else if (caller is null)
                {
                    var api = route.StartsWith("/api", StringComparison.Ordinal) || route.StartsWith("/openapi", StringComparison.Ordinal);
                    problem = (api ? status == 401 : toLogin) ? null : "anonymous, not refused";
                }
                else if (caller < needed)
                {
                    problem = status == 403 ? null : $"{caller} below {needed}, not refused";
                }
                else
                {
                    problem = status is 401 or 403 || toLogin || status >= 500 ? $"{caller} allowed, refused" : null;
                }
                // Every form: a page POST without the antiforgery token its page hands out is refused, whoever sends it.
                if (problem is null && method == "POST" && !route.StartsWith("/api", StringComparison.Ordinal) && (needed is null || caller >= needed) && status != 400)
                {
                    problem = "a form posted without its antiforgery token was not refused";
                }
                if (problem is not null)
                {
                    wrong.Add($"{method} {route} as {caller?.ToString() ?? "anonymous"}: {status} ({problem})");
                }
            }
        }
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryPageAndReadShouldAnswerEachRoleAllowedToReadIt()
    {
        // Real records for every id in a route, so an allowed caller must get the record itself, not a 404.
        await using (var db = _app.Database.Context())
        {
            await DelegationQueries.PlanAsync(db, new DelegationInput { Name = "Walked delegation", Direction = "inbound", Country = "KE", Start = new DateOnly(2027, 2, 1) }, default);
        }
        var ids = (await _app.FirstRecordsAsync()).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string Real(string route)
        {
            var segments = route.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (segments.IndexOf("{record}") is var r and >= 0)
            {
                segments[r] = "engagements";
            }
            for (var i = 0; i < segments.Count; i++)
            {
                if (segments[i].StartsWith("{documentName}", StringComparison.Ordinal))
                {
                    segments[i] = segments[i].Replace("{documentName}", "v1", StringComparison.Ordinal);
                }
                else if (segments[i] is "{code}")
                {
                    segments[i] = "KE";
                }
                else if (segments[i].StartsWith('{') && i > 0)
                {
                    segments[i] = segments[i - 1] == "tokens" ? "1" : ids[segments[i - 1]];
                }
            }
            // The one read that needs its query.
            var query = route == "/api/v1/network/path" ? $"?from=p{ids["people"]}&to=o{ids["organisations"]}" : "";
            return "/" + string.Join('/', segments) + query;
        }
        var reads = Routes().Where(r => r.Method == "GET" && Needed(r.Route, "GET") is not null && r.Route != "/logout" && !r.Route.Contains("/tokens/", StringComparison.Ordinal)).ToList();
        reads.Count.ShouldBeGreaterThan(40);
        var wrong = new List<string>();
        foreach (var caller in new[] { Role.Viewer, Role.Editor, Role.Reviewer, Role.Administrator })
        {
            var client = _app.ClientAs(caller);
            foreach (var (route, _) in reads.Where(r => caller >= Needed(r.Route, "GET")))
            {
                var response = await client.GetAsync(Real(route));
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    wrong.Add($"GET {Real(route)} as {caller}: {(int)response.StatusCode}");
                }
            }
        }
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task EachWriteShouldWorkForTheLeastRoleAllowedToMakeIt()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var (editor, reviewer) = (_app.ClientAs(Role.Editor), _app.ClientAs(Role.Reviewer));
        async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status, string what)
        {
            response.StatusCode.ShouldBe(status, $"{what}: {await response.Content.ReadAsStringAsync()}");
            return response.Content.Headers.ContentLength is 0 || status == HttpStatusCode.NoContent ? default : await response.Content.ReadFromJsonAsync<JsonElement>(json);
        }
        long person, other, organisation, duplicateOrganisation;
        await using (var db = _app.Database.Context())
        {
            var people = await db.People.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            (person, other) = (people[0], people[1]);
            var organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            (organisation, duplicateOrganisation) = (organisations[0], organisations[1]);
        }

        // An editor enters, corrects, deletes and restores an engagement.
        var created = await Expect(await editor.PostAsJsonAsync("/api/v1/engagements", new
        {
            kind = "meeting",
            date = "2025-09-09",
            mode = "in_person",
            place = "Walkton",
            participants = new object[]
            {
                new { name = "Oriel Walkmore", country = "IE", side = 0, role = "host" },
                new { name = "Tamsin Roleford", country = "NZ", side = 1, role = "guest" },
            },
        }, json), HttpStatusCode.Created, "create");
        var id = created.GetProperty("engagement").GetProperty("id").GetInt64();
        var read = await editor.GetAsync($"/api/v1/engagements/{id}");
        var record = Amity.Features.Engagements.EngagementEditor.ToRecord((await read.Content.ReadFromJsonAsync<Amity.Features.Engagements.EngagementDetail>(json))!);
        var revise = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/engagements/{id}") { Content = JsonContent.Create(record with { Place = "Walkton Quay" }, options: Amity.Domain.Records.EngagementRecord.Json) };
        revise.Headers.IfMatch.Add(read.Headers.ETag!);
        await Expect(await editor.SendAsync(revise), HttpStatusCode.OK, "revise");
        await Expect(await editor.DeleteAsync($"/api/v1/engagements/{id}"), HttpStatusCode.NoContent, "delete");
        await Expect(await editor.PostAsync($"/api/v1/engagements/{id}/restore", null), HttpStatusCode.Created, "restore");

        // Plans a delegation and its programme and moves it on; sets up a dialogue and records a round.
        var delegation = (await Expect(await editor.PostAsJsonAsync("/api/v1/delegations", new { name = "Walked delegation", direction = "outbound", country = "IE", start = "2027-04-01" }, json),
            HttpStatusCode.Created, "plan")).GetProperty("delegation").GetProperty("id").GetInt64();
        await Expect(await editor.PostAsJsonAsync($"/api/v1/delegations/{delegation}/members", new { personId = person }, json), HttpStatusCode.OK, "member");
        await Expect(await editor.PostAsJsonAsync($"/api/v1/delegations/{delegation}/itinerary", new { kind = "meeting", date = "2027-04-02", place = "Cork", withIds = new[] { other } }, json), HttpStatusCode.OK, "itinerary");
        await Expect(await editor.PostAsJsonAsync($"/api/v1/delegations/{delegation}/status", new { status = "confirmed", from = "planned" }, json), HttpStatusCode.OK, "status");
        var dialogue = (await Expect(await editor.PostAsJsonAsync("/api/v1/dialogues", new { name = "Walked Dialogue", track = "2", cadenceMonths = 12, partnerIds = new[] { organisation } }, json),
            HttpStatusCode.Created, "dialogue")).GetProperty("dialogue").GetProperty("id").GetInt64();
        await Expect(await editor.PostAsJsonAsync($"/api/v1/dialogues/{dialogue}/rounds", new { date = "2025-10-10", place = "Dublin" }, json), HttpStatusCode.OK, "round");

        // Uploads a readout, and merges a duplicate organisation.
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("Galway, March 3 — Fenella Ardmore, President of the Western Shore Society, met with Colm Rathmore, Director of the Atlantic Forum, in Galway on Tuesday.")), "file", "walked-readout.txt" },
            { new StringContent("2026-03-04"), "published" },
        };
        var ingested = await Expect(await editor.PostAsync("/api/v1/readouts", upload), HttpStatusCode.OK, "upload");
        ingested.GetProperty("recordsAdded").GetInt32().ShouldBeGreaterThan(0);
        await Expect(await editor.PostAsJsonAsync($"/api/v1/organisations/{duplicateOrganisation}/merge", new { into = organisation }, json), HttpStatusCode.OK, "merge");

        // A reviewer accepts what the readout gave.
        var pending = (await reviewer.GetFromJsonAsync<JsonElement>("/api/v1/review?pageSize=500", json)).GetProperty("items").EnumerateArray()
            .First(e => e.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Colm Rathmore")).GetProperty("id").GetInt64();
        await Expect(await reviewer.PostAsJsonAsync($"/api/v1/review/{pending}", new { decision = "accept" }, json), HttpStatusCode.NoContent, "review");
        await Expect(await reviewer.PostAsJsonAsync("/api/v1/review/accept-above", new { minConfidence = 0.99 }, json), HttpStatusCode.OK, "bulk accept");

        // A viewer manages their own tokens.
        var viewer = _app.ClientAs(Role.Viewer);
        var token = (await Expect(await viewer.PostAsJsonAsync("/api/v1/me/tokens", new { name = "walk", days = 1 }, json), HttpStatusCode.Created, "token")).GetProperty("id").GetInt64();
        await Expect(await viewer.DeleteAsync($"/api/v1/me/tokens/{token}"), HttpStatusCode.NoContent, "revoke");

        await using (var db = _app.Database.Context())
        {
            (await db.Engagements.SingleAsync(e => e.Id == id)).Place.ShouldBe("Walkton Quay");
            (await db.AuditTrail.CountAsync(a => a.Actor == "editor")).ShouldBeGreaterThan(5, "each write is the editor's in the trail");
            (await db.AuditTrail.AnyAsync(a => a.Actor == "reviewer" && a.RecordType == "Engagement" && a.RecordId == pending)).ShouldBeTrue();
        }
    }

    [Fact]
    public async Task SigningInShouldSetASecureSessionAndFailuresShouldLockTheAccount()
    {
        await using (var db = _app.Database.Context())
        {
            await Accounts.AddAsync(db, "lena", Role.Editor, AmityApp.Password, DateTime.UtcNow);
        }
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = null;
        var ok = await client.PostAsync("/login", await AmityApp.LoginFormAsync(client, "Lena", AmityApp.Password));
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = ok.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("amity.session=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
        (await client.GetAsync("/engagements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Served over HTTPS, directly or through a TLS proxy on this machine, the cookie is never sent in clear.
        var direct = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        direct.DefaultRequestHeaders.Authorization = null;
        SessionCookie(await direct.PostAsync("/login", await AmityApp.LoginFormAsync(direct, "lena", AmityApp.Password))).ShouldContain("; secure", Case.Insensitive);
        var proxied = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        proxied.DefaultRequestHeaders.Authorization = null;
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        SessionCookie(await proxied.PostAsync("/login", await AmityApp.LoginFormAsync(proxied, "lena", AmityApp.Password))).ShouldContain("; secure", Case.Insensitive);
        cookie.ShouldNotContain("; secure", Case.Insensitive, "plain HTTP on loopback (the demo) keeps a cookie the browser will send");
        (await client.PostAsync("/logout", await AmityApp.FormAsync(client, "/account", []))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/engagements")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out");

        for (var i = 0; i < Account.FailuresBeforeLockout; i++)
        {
            var refused = await client.PostAsync("/login", await AmityApp.LoginFormAsync(client, "lena", "wrong password " + i));
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await refused.Content.ReadAsStringAsync()).ShouldContain("The user name or password is wrong");
        }
        var locked = await client.PostAsync("/login", await AmityApp.LoginFormAsync(client, "lena", AmityApp.Password));
        (await locked.Content.ReadAsStringAsync()).ShouldContain("locked", Case.Insensitive, "the right password is refused while locked");
        await using (var db = _app.Database.Context())
        {
            (await db.Accounts.SingleAsync(a => a.UserName == "lena")).LockedUntil.ShouldNotBeNull();
            var trail = await db.AuditTrail.Where(a => a.RecordType == nameof(Account)).Select(a => a.Changes).ToListAsync();
            trail.ShouldNotBeEmpty();
            trail.ShouldAllBe(c => !c.Contains("AQAAAA", StringComparison.Ordinal), "password hashes never reach the audit trail");
            trail.ShouldAllBe(c => !c.Contains("FailedSignIns", StringComparison.Ordinal), "sign-in bookkeeping is not a change to a record");
        }
    }

    private static string SessionCookie(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed in");
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("amity.session=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TokensShouldBeShownOnceStoredHashedAndStopWorkingWhenRevokedOrTheAccountIsDisabled()
    {
        var editor = _app.ClientAs(Role.Editor);
        var issued = await editor.PostAsJsonAsync("/api/v1/me/tokens", new { name = "script", days = 7 });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var secret = body.GetProperty("token").GetString()!;
        secret.ShouldStartWith(Accounts.TokenPrefix);
        await using (var db = _app.Database.Context())
        {
            (await db.ApiTokens.AnyAsync(t => t.Hash == secret)).ShouldBeFalse("the secret itself is not stored");
            (await db.ApiTokens.AnyAsync(t => t.Hash == Accounts.HashToken(secret))).ShouldBeTrue();
        }
        var script = _app.CreateClient();
        script.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        (await script.GetFromJsonAsync<JsonElement>("/api/v1/me")).GetProperty("userName").GetString().ShouldBe("editor");
        (await editor.GetStringAsync("/api/v1/me/tokens")).ShouldNotContain(secret);

        (await editor.DeleteAsync($"/api/v1/me/tokens/{body.GetProperty("id").GetInt64()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await script.GetAsync("/api/v1/engagements")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "revoked");

        (await editor.PostAsJsonAsync("/api/v1/me/tokens", new { name = "too long", days = 400 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using (var db = _app.Database.Context())
        {
            var account = await Accounts.FindAsync(db, "editor");
            var expired = await Accounts.IssueTokenAsync(db, account, "old", DateTime.UtcNow.AddDays(-10), 1);
            script.DefaultRequestHeaders.Authorization = new("Bearer", expired.Secret);
            (await script.GetAsync("/api/v1/engagements")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "expired");
        }
        // An administrator disables the account: its tokens stop at once.
        var admin = await _app.SignedInClientAsync(Role.Administrator);
        var viewerId = (await _app.Database.Context().Accounts.SingleAsync(a => a.UserName == "viewer")).Id;
        var saved = await admin.PostAsync("/admin/users?handler=change", await AmityApp.FormAsync(admin, "/admin/users", new() { ["id"] = $"{viewerId}", ["role"] = "viewer", ["disabled"] = "true" }));
        (await saved.Content.ReadAsStringAsync()).ShouldContain("Account viewer saved.");
        (await _app.ClientAs(Role.Viewer).GetAsync("/api/v1/engagements")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "disabled");
    }

    [Fact]
    public async Task AnAdministratorShouldAddAnAccountWhosePasswordIsShownOnce()
    {
        var admin = await _app.SignedInClientAsync(Role.Administrator);
        var added = await admin.PostAsync("/admin/users?handler=add", await AmityApp.FormAsync(admin, "/admin/users", new() { ["userName"] = "Mira.K", ["role"] = "reviewer" }));
        var html = await added.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"new-password\">([^<]+)</code>").Groups[1].Value;
        password.Length.ShouldBe(20);
        var mira = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        mira.DefaultRequestHeaders.Authorization = null;
        var signedIn = await mira.PostAsync("/login", await AmityApp.LoginFormAsync(mira, "mira.k", password));
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/");
        (await mira.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await admin.GetStringAsync("/admin/users")).ShouldNotContain(password, Case.Sensitive, "shown once");
        var twice = await admin.PostAsync("/admin/users?handler=add", await AmityApp.FormAsync(admin, "/admin/users", new() { ["userName"] = "mira.k", ["role"] = "viewer" }));
        (await twice.Content.ReadAsStringAsync()).ShouldContain("there is already an account");
    }

    [Fact]
    public async Task ResponsesShouldCarrySecurityHeadersAndErrorsShouldBeProblemDetails()
    {
        var anonymous = _app.ClientAs(null);
        var login = await anonymous.GetAsync("/login");
        login.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        login.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await anonymous.GetAsync("/assets/site.css")).Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        var refused = await _app.ClientAs(Role.Viewer).PostAsJsonAsync("/api/v1/engagements", new { });
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadAsStringAsync()).ShouldContain("needs the editor role");
    }

    [Fact]
    public async Task RepeatedSignInsAndARunawayApiClientShouldBeRefusedWith429()
    {
        using var limited = _app.WithWebHostBuilder(b => b
            .UseSetting("Amity:Limits:SignInsPerMinute", "3")
            .UseSetting("Amity:Limits:ApiBurst", "5")
            .UseSetting("Amity:Limits:ApiPerSecond", "1"));
        var browser = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Authorization = null;
        var signIns = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            signIns.Add((await browser.PostAsync("/login", await AmityApp.LoginFormAsync(browser, "nobody", "guess " + i))).StatusCode);
        }
        signIns.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK, "wrong passwords within the limit get the form again");
        signIns.Skip(3).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);

        var script = limited.CreateClient();
        script.DefaultRequestHeaders.Authorization = new("Bearer", _app.TokenFor(Role.Viewer));
        var reads = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            reads.Add((await script.GetAsync("/api/v1/me")).StatusCode);
        }
        reads.Take(5).ShouldAllBe(s => s == HttpStatusCode.OK);
        reads.ShouldContain(HttpStatusCode.TooManyRequests);
        var other = limited.CreateClient();
        other.DefaultRequestHeaders.Authorization = new("Bearer", _app.TokenFor(Role.Editor));
        (await other.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "each user has a bucket of their own");
    }

    [Fact]
    public async Task AnUnexpectedFailureShouldBeAProblemDetailsWithoutAStackTrace()
    {
        using var failing = _app.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FailingClock())));
        foreach (var path in new[] { "/api/v1/countries/KE", "/countries/KE" })
        {
            var client = failing.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", _app.TokenFor(Role.Viewer));
            var response = await client.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError, path);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", path);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain(FailingClock.Message, Case.Sensitive, "the exception's message stays in the log");
            body.ShouldNotContain("   at ", Case.Sensitive, "no stack trace");
            body.ShouldNotContain("Amity.", Case.Sensitive, "no type names");
        }
    }

    private sealed class FailingClock : TimeProvider
    {
        public const string Message = "clock broken for the test";

        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException(Message);
    }
}
