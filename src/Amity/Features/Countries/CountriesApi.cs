using Amity.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amity.Features.Countries;

public static class CountriesApi
{
    public static RouteGroupBuilder MapCountriesApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries");
        group.MapGet("/", List).WithName("ListCountries").WithSummary("Every ISO 3166-1 country with its engagement count; active=true keeps those with engagements.");
        group.MapGet("/{code}", Get).WithName("GetCountry").WithSummary("A country with its timeline, partner organisations, people met and relationships.");
        return api;
    }

    public static async Task<Ok<IReadOnlyList<CountrySummary>>> List(AmityDb db, CancellationToken cancellationToken, bool active = false) =>
        TypedResults.Ok(await CountryQueries.ListAsync(db, active, cancellationToken));

    public static async Task<Results<Ok<CountryDetail>, NotFound>> Get(string code, AmityDb db, TimeProvider clock, CancellationToken cancellationToken) =>
        await CountryQueries.GetAsync(db, code, clock, cancellationToken) is { } country ? TypedResults.Ok(country) : TypedResults.NotFound();
}
