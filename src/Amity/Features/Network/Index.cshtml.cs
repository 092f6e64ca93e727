using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features.Network;

/// <summary>The graph (drawn by a script from the API) with its strongest ties as a table, and the path finder.</summary>
public sealed class IndexModel(AmityDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public EngagementFilter Filter { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "pathFrom")]
    public long? PathFrom { get; set; }

    [BindProperty(SupportsGet = true, Name = "pathTo")]
    public long? PathTo { get; set; }

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public NetworkGraph Graph { get; private set; } = new([], [], 0);

    public IReadOnlyList<PathStep>? Path { get; private set; }

    public IReadOnlyList<RegistryOption> People { get; private set; } = [];

    public IReadOnlyList<RegistryOption> Organisations { get; private set; } = [];

    public string Query => string.Join("&", Filter.ToRouteValues().Where(v => !string.IsNullOrEmpty(v.Value) && v.Key is not "page")
        .Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value!)}"));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Errors = Filter.Validate();
        if (Errors.Count == 0)
        {
            Graph = await NetworkQueries.GraphAsync(db, Filter, cancellationToken);
        }
        People = await RegistryOptions.PeopleAsync(db, cancellationToken);
        Organisations = await RegistryOptions.OrganisationsAsync(db, cancellationToken);
        if (PathFrom is { } from && PathTo is { } to)
        {
            Path = await NetworkQueries.PathAsync(db, $"o{from}", $"p{to}", cancellationToken);
        }
    }
}
