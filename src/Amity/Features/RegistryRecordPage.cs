using Amity.Features.History;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Amity.Features;

/// <summary>
/// A person's or an organisation's page: the record, its history, and the form that merges it into the one kept
/// when it turns out to be a duplicate.
/// </summary>
public abstract class RegistryRecordPage(AmityDb db) : FormPage
{
    protected AmityDb Db { get; } = db;

    public IReadOnlyList<HistoryItem> History { get; private set; } = [];

    public MergeForm Merge { get; private set; } = null!;

    /// <summary>The audited type, as the trail names it.</summary>
    protected abstract string RecordType { get; }

    /// <summary>Where the records' pages live ("/people").</summary>
    protected abstract string PagePath { get; }

    /// <summary>What the merge form asks for when none was chosen.</summary>
    protected abstract string ChooseMessage { get; }

    /// <summary>Loads the record for the page and returns its name, or null when there is none.</summary>
    protected abstract Task<string?> LoadRecordAsync(long id, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<RegistryOption>> CandidatesAsync(CancellationToken cancellationToken);

    protected abstract string MergeLabel(string name);

    protected abstract Task<bool> MergeAsync(long duplicate, long keep, CancellationToken cancellationToken);

    public Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostMergeAsync(long id, long? into, CancellationToken cancellationToken)
    {
        try
        {
            if (into is not { } keep)
            {
                throw InputException.Of("into", ChooseMessage);
            }
            return await MergeAsync(id, keep, cancellationToken) ? Redirect($"{PagePath}/{keep}") : NotFound();
        }
        catch (InputException e)
        {
            Show(e);
            Db.ChangeTracker.Clear();
            return await LoadAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await LoadRecordAsync(id, cancellationToken) is not { } name)
        {
            return NotFound();
        }
        History = await RecordHistory.OfAsync(Db, RecordType, id, cancellationToken);
        var others = (await CandidatesAsync(cancellationToken)).Where(o => o.Id != id).ToList();
        Merge = new MergeForm(MergeLabel(name), others, ErrorFor("into"));
        return Page();
    }
}
