using Amity.Features.Accounts;
using Amity.Features.Calendar;
using Amity.Features.Countries;
using Amity.Features.Dashboard;
using Amity.Features.Delegations;
using Amity.Features.Dialogues;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Features.Network;
using Amity.Features.Organisations;
using Amity.Features.People;
using Amity.Features.Readouts;
using Amity.Features.Review;
using Amity.Storage;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.FileProviders;

namespace Amity.Web;

/// <summary>
/// The web host: the versioned REST API under /api/v1, its OpenAPI document, and the server-rendered
/// pages. Built on the generic host so the CLI and the tests' WebApplicationFactory build the same app.
/// </summary>
public static class AmityWebHost
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static IHostBuilder CreateHostBuilder(DatabaseTarget database, string? url = DefaultUrl) =>
        Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging
                .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning))
            .ConfigureWebHostDefaults(web =>
            {
                if (url is not null)
                {
                    web.UseUrls(url);
                }
                web.ConfigureServices(services => AddServices(services, database));
                web.Configure(Configure);
            });

    public const string WebActor = "web";

    /// <summary>The largest request body the server reads (a readout upload is the largest).</summary>
    public const long MaxRequestBytes = Readouts.MaxUploadBytes * 2;

    private static void AddServices(IServiceCollection services, DatabaseTarget database)
    {
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        // No request body above this is read at all: the largest readout upload, with room for its form.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBytes);
        services.AddDbContext<AmityDb>(database.Configure);
        services.AddRouting(o => o.LowercaseUrls = true);
        // Names in every script are written as themselves, not as numeric character references.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            // One form enters and corrects engagements.
            o.Conventions.AddPageRoute("/Engagements/Edit", "/engagements/new");
        });
        services.AddAmitySecurity();
        // Behind a TLS proxy the request Kestrel sees is plain HTTP from the proxy: the proxy's headers say what the
        // browser used, so cookies are marked Secure and limits count the real client. Only proxies on this machine
        // are believed unless Amity:Proxies names others.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Amity:Proxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Amity API";
            document.Info.Description = "The registry of people-to-people exchanges: engagements, countries, organisations and people.";
            return Task.CompletedTask;
        }));
    }

    private static void Configure(IApplicationBuilder app)
    {
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(AmityWebHost).Assembly, "Amity.Assets"),
            RequestPath = "/assets",
        });
        app.UseRouting();
        app.UseAmitySecurity();
        // Changes made through a request are recorded against its signed-in user, and what it reads is what
        // that user is cleared to see.
        app.Use((context, next) =>
        {
            var db = context.RequestServices.GetRequiredService<AmityDb>();
            db.Actor = context.User.Identity?.Name ?? WebActor;
            db.SeesRestricted = Accounts.IsCleared(context.User);
            return next(context);
        });
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi();
            endpoints.MapGet("/health", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription().AllowAnonymous();
            endpoints.MapGroup("/api/v1")
                .MapEngagementsApi()
                .MapCountriesApi()
                .MapOrganisationsApi()
                .MapPeopleApi()
                .MapDashboardApi()
                .MapDelegationsApi()
                .MapDialoguesApi()
                .MapCalendarApi()
                .MapNetworkApi()
                .MapReviewApi()
                .MapReadoutsApi()
                .MapHistoryApi()
                .MapAccountsApi();
            endpoints.MapRazorPages();
        });
    }
}
