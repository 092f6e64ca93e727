using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

public sealed class DetailModel(AmityDb db) : FormPage
{
    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    private const int Context = 240;
    private readonly Dictionary<long, string> _texts = [];

    public EngagementDetail Detail { get; private set; } = null!;

    public IReadOnlyList<EngagementSummary> Duplicates { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(long id, long into, CancellationToken cancellationToken)
    {
        try
        {
            return await Engagements.Duplicates.MergeAsync(db, id, into, cancellationToken) ? Redirect($"/engagements/{into}") : NotFound();
        }
        catch (InputException e)
        {
            Show(e);
            db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRestrictAsync(long id, bool restricted, CancellationToken cancellationToken)
    {
        if (!db.SeesRestricted)
        {
            return Forbid();
        }
        return await Restrictions.SetEngagementAsync(db, id, restricted, cancellationToken) ? Redirect($"/engagements/{id}") : NotFound();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken cancellationToken) =>
        await EngagementEditor.DeleteAsync(db, id, cancellationToken) ? Redirect("/deleted") : NotFound();

    public RestrictionView Restriction => new(Detail.Engagement.Restricted, db.SeesRestricted, "engagement");

    private async Task<IActionResult> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await EngagementQueries.GetAsync(db, id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }
        Detail = detail;
        Duplicates = await Engagements.Duplicates.SuggestAsync(db, id, cancellationToken);
        History = await RecordHistory.OfAsync(db, nameof(Domain.Engagement), id, cancellationToken);
        var documentIds = detail.Sources.Select(s => s.DocumentId).Distinct().ToList();
        foreach (var d in await db.Documents.Where(d => documentIds.Contains(d.Id)).Select(d => new { d.Id, d.Text }).ToListAsync(cancellationToken))
        {
            _texts[d.Id] = d.Text;
        }
        return Page();
    }

    public string Before(SourceView s) => PassageContext.Before(_texts, s, Context);

    public string After(SourceView s) => PassageContext.After(_texts, s, Context);
}
