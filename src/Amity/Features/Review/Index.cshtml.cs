using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Review;

/// <summary>The review queue: each extracted record beside the passage it came from.</summary>
[Web.RequiresRole(Domain.Role.Reviewer, WritesOnly = true)]
public sealed class IndexModel(AmityDb db) : PageModel
{
    private const int Context = 160;

    public PageOf<EngagementSummary> Pending { get; private set; } = new([], 0, 1, 20);
    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await Reviews.PendingAsync(db, 1, 20, cancellationToken);
        var items = new List<ReviewItem>();
        foreach (var summary in Pending.Items)
        {
            var detail = (await EngagementQueries.GetAsync(db, summary.Id, cancellationToken))!;
            var ids = detail.Sources.Select(s => s.DocumentId).Distinct().ToList();
            var texts = await db.Documents.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Text, cancellationToken);
            items.Add(new ReviewItem(detail, texts, Context));
        }
        Items = items;
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, string decision, CancellationToken cancellationToken)
    {
        try
        {
            Message = await Reviews.DecideAsync(db, id, decision, cancellationToken)
                ? $"Record {id} {(decision == Reviews.Accept ? "accepted" : "rejected")}."
                : $"Record {id} was already reviewed.";
        }
        catch (DomainException e)
        {
            Message = e.Message;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostBulkAsync(double minConfidence, CancellationToken cancellationToken)
    {
        try
        {
            var accepted = await Reviews.AcceptAboveAsync(db, minConfidence, cancellationToken);
            Message = $"{accepted} records with confidence at least {minConfidence:0.00} accepted.";
        }
        catch (DomainException e)
        {
            Message = e.Message;
        }
        return RedirectToPage();
    }
}

/// <summary>A record under review with the text around each of its passages.</summary>
public sealed class ReviewItem(EngagementDetail detail, IReadOnlyDictionary<long, string> texts, int context)
{
    public EngagementDetail Detail { get; } = detail;

    public string Before(SourceView s) => PassageContext.Before(texts, s, context);

    public string After(SourceView s) => PassageContext.After(texts, s, context);
}
