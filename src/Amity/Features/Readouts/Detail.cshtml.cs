using Amity.Domain;
using Amity.Features.Engagements;
using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Readouts;

/// <summary>A stored readout: where it came from, its text, the engagements that cite it, and its history.</summary>
public sealed class DetailModel(AmityDb db) : FormPage
{
    public Document Readout { get; private set; } = null!;

    public PageOf<EngagementSummary> Engagements { get; private set; } = null!;

    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    /// <summary>Whether this user may restrict the readout and lift the mark.</summary>
    public bool Cleared => db.SeesRestricted;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        // A restricted readout is not found by those not cleared (the documents' query filter).
        if (await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } readout)
        {
            return NotFound();
        }
        Readout = readout;
        Engagements = await EngagementQueries.ListAsync(db, new EngagementFilter { Document = id, PageSize = EngagementFilter.MaxPageSize }, cancellationToken);
        History = await RecordHistory.OfAsync(db, nameof(Document), id, cancellationToken);
        return Page();
    }
}
