using Amity.Domain;
using Amity.Storage;
using Amity.Storage.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features.History;

/// <summary>Records deleted or merged away, each with a button that brings it back from the audit trail.</summary>
public sealed class DeletedModel(AmityDb db) : FormPage
{
    public IReadOnlyList<DeletedRecord> Records { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    /// <summary>The URL name of each restorable record type ("Engagement" → "engagements").</summary>
    public static string UrlName(string recordType) => RecordHistory.Records.First(r => r.Value == recordType).Key;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Records = await Restorer.DeletedAsync(db, 100, cancellationToken);

    public async Task<IActionResult> OnPostAsync(string record, long id, CancellationToken cancellationToken)
    {
        try
        {
            if (!Restorer.Restorable.Contains(record) || !await Restorer.RestoreAsync(db, record, id, cancellationToken))
            {
                return NotFound();
            }
        }
        catch (DomainException e)
        {
            Message = e.Message;
            return RedirectToPage();
        }
        Message = $"Restored {record.ToLowerInvariant()} {id}.";
        return Redirect($"/{UrlName(record)}/{id}");
    }
}
