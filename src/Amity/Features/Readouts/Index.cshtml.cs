using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.Readouts;

/// <summary>Upload a readout and see what is stored; the same code as `amity ingest` and POST /api/v1/readouts.</summary>
// Room above the readout limit, so a file somewhat too large gets the form's message rather than a bare 413.
[RequestSizeLimit(Readouts.MaxUploadBytes * 2)]
public sealed class IndexModel(AmityDb db) : FormPage
{
    public IReadOnlyList<ReadoutSummary> Recent { get; private set; } = [];

    public string? Published { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Recent = await Readouts.RecentAsync(db, 50, cancellationToken);

    /// <summary>Whether this user may restrict readouts and lift restrictions.</summary>
    public bool Cleared => db.SeesRestricted;

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? published, bool restricted, CancellationToken cancellationToken)
    {
        try
        {
            var (result, name) = await Readouts.UploadAsync(db, file, published, restricted, cancellationToken);
            Message = result.DocumentsAdded == 0
                ? $"{name} was already stored; nothing changed."
                : $"{name} stored: {result.RecordsAdded} engagement records await review.";
            return RedirectToPage();
        }
        catch (InputException e)
        {
            Show(e);
            Published = published;
            Recent = await Readouts.RecentAsync(db, 50, cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRestrictAsync(long id, bool restricted, CancellationToken cancellationToken)
    {
        if (!Cleared)
        {
            return Forbid();
        }
        if (!await Restrictions.SetDocumentAsync(db, id, restricted, cancellationToken))
        {
            return NotFound();
        }
        Message = restricted ? "The readout is restricted, with the records known only from restricted readouts." : "The readout is no longer restricted.";
        return RedirectToPage();
    }
}
