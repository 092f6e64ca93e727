using Amity.Features.Engagements;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features;

public sealed class HomeModel(AmityDb db) : PageModel
{
    public int Engagements { get; private set; }
    public int Countries { get; private set; }
    public int Organisations { get; private set; }
    public int People { get; private set; }
    public int Documents { get; private set; }
    public IReadOnlyList<EngagementSummary> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Engagements = await db.Engagements.CountAsync(cancellationToken);
        Countries = await db.Participants.Where(p => p.CountryCode != null).Select(p => p.CountryCode).Distinct().CountAsync(cancellationToken);
        Organisations = await db.Organisations.CountAsync(cancellationToken);
        People = await db.People.CountAsync(cancellationToken);
        Documents = await db.Documents.CountAsync(cancellationToken);
        Latest = (await EngagementQueries.ListAsync(db, new EngagementFilter { PageSize = 10 }, cancellationToken)).Items;
    }
}
