using Amity.Domain;
using Amity.Storage;
using Amity.Storage.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

/// <summary>
/// The engagement list's filters, shared by the API and the pages so both answer the same question the same way.
/// Property names are the query-string names.
/// </summary>
public sealed class EngagementFilter
{
    [FromQuery(Name = "country")]
    public string? Country { get; set; }
    [FromQuery(Name = "organisation")]
    public long? Organisation { get; set; }
    [FromQuery(Name = "person")]
    public long? Person { get; set; }
    /// <summary>Engagements citing this readout.</summary>
    [FromQuery(Name = "document")]
    public long? Document { get; set; }
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }
    [FromQuery(Name = "channel")]
    public string? Channel { get; set; }
    [FromQuery(Name = "mode")]
    public string? Mode { get; set; }
    [FromQuery(Name = "status")]
    public string? Status { get; set; }
    [FromQuery(Name = "verification")]
    public string? Verification { get; set; }
    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }
    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }
    [FromQuery(Name = "q")]
    public string? Q { get; set; }
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }
    [FromQuery(Name = "page")]
    public int? Page { get; set; }
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    /// <summary>The page asked for, 1 when none was.</summary>
    public int PageNumber => Page ?? 1;

    /// <summary>Engagements a page, 50 unless asked otherwise.</summary>
    public int Size => PageSize ?? 50;

    public const int MaxPageSize = 500;

    /// <summary>Problems with the filter values, by query-string name; empty when the filter can run.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        Check<EngagementKind>(Kind, "kind", errors);
        Check<Domain.Channel>(Channel, "channel", errors);
        Check<EngagementMode>(Mode, "mode", errors);
        Check<EngagementStatus>(Status, "status", errors);
        Check<Domain.Verification>(Verification, "verification", errors);
        if (From is not null && To is not null && To < From)
        {
            errors["to"] = ["'to' is before 'from'"];
        }
        if (PageNumber < 1)
        {
            errors["page"] = ["page starts at 1"];
        }
        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}"];
        }
        if (Sort is not null and not ("date" or "-date"))
        {
            errors["sort"] = ["sort is 'date' or '-date'"];
        }
        return errors;
    }

    private static void Check<T>(string? value, string name, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (!string.IsNullOrEmpty(value) && !Codes.TryParse<T>(value, out _))
        {
            errors[name] = [$"'{value}' is not one of: {string.Join(", ", Codes.All<T>())}"];
        }
    }

    /// <summary>True when the filter narrows the engagements at all (paging and order aside).</summary>
    public bool HasConditions =>
        !string.IsNullOrEmpty(Country) || Organisation is not null || Person is not null || Document is not null || !string.IsNullOrEmpty(Kind) ||
        !string.IsNullOrEmpty(Channel) || !string.IsNullOrEmpty(Mode) || !string.IsNullOrEmpty(Status) ||
        !string.IsNullOrEmpty(Verification) || From is not null || To is not null || !string.IsNullOrWhiteSpace(Q);

    public IQueryable<Engagement> Apply(AmityDb db)
    {
        IQueryable<Engagement> query = db.Engagements;
        if (!string.IsNullOrEmpty(Country))
        {
            var code = Country.ToUpperInvariant();
            query = query.Where(e => e.Participants.Any(p => p.CountryCode == code));
        }
        if (Organisation is { } organisation)
        {
            query = query.Where(e => e.Participants.Any(p => p.OrganisationId == organisation));
        }
        if (Person is { } person)
        {
            query = query.Where(e => e.Participants.Any(p => p.PersonId == person));
        }
        if (Document is { } document)
        {
            query = query.Where(e => e.Sources.Any(s => s.DocumentId == document));
        }
        if (Codes.TryParse<EngagementKind>(Kind, out var kind) && !string.IsNullOrEmpty(Kind))
        {
            query = query.Where(e => e.Kind == kind);
        }
        if (Codes.TryParse<Domain.Channel>(Channel, out var channel) && !string.IsNullOrEmpty(Channel))
        {
            query = query.Where(e => e.Channel == channel);
        }
        if (Codes.TryParse<EngagementMode>(Mode, out var mode) && !string.IsNullOrEmpty(Mode))
        {
            query = query.Where(e => e.Mode == mode);
        }
        if (Codes.TryParse<EngagementStatus>(Status, out var status) && !string.IsNullOrEmpty(Status))
        {
            query = query.Where(e => e.Status == status);
        }
        if (Codes.TryParse<Domain.Verification>(Verification, out var verification) && !string.IsNullOrEmpty(Verification))
        {
            query = query.Where(e => e.Verification == verification);
        }
        if (From is { } from)
        {
            query = query.Where(e => (e.EndsOn ?? e.StartsOn) >= from);
        }
        if (To is { } to)
        {
            query = query.Where(e => e.StartsOn <= to);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var hits = FullTextSearch.Matching(db, Q);
            query = query.Where(e => hits.Contains(e.Id));
        }
        return Sort == "date"
            ? query.OrderBy(e => e.StartsOn).ThenBy(e => e.Id)
            : query.OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.Id);
    }

    /// <summary>This filter as a query string, for links that keep it (paging, sorting).</summary>
    public Dictionary<string, string?> ToRouteValues(int? page = null) => new()
    {
        ["country"] = Country,
        ["organisation"] = Organisation?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["person"] = Person?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["kind"] = Kind,
        ["channel"] = Channel,
        ["mode"] = Mode,
        ["status"] = Status,
        ["verification"] = Verification,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Q,
        ["sort"] = Sort,
        ["page"] = (page ?? PageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
