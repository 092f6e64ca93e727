using Amity.Storage;

namespace Amity.Features.Organisations;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : RegistryRecordPage(db)
{
    public OrganisationDetail Detail { get; private set; } = null!;

    protected override string RecordType => nameof(Domain.Organisation);

    protected override string PagePath => "/organisations";

    protected override string ChooseMessage => "choose the organisation to keep";

    protected override async Task<string?> LoadRecordAsync(long id, CancellationToken cancellationToken)
    {
        if (await OrganisationQueries.GetAsync(Db, id, clock.Today(), cancellationToken) is not { } detail)
        {
            return null;
        }
        Detail = detail;
        return detail.Organisation.Name;
    }

    protected override Task<IReadOnlyList<RegistryOption>> CandidatesAsync(CancellationToken cancellationToken) =>
        RegistryOptions.OrganisationsAsync(Db, cancellationToken);

    protected override string MergeLabel(string name) => $"{name} is a duplicate of (its records, members and names move there)";

    protected override Task<bool> MergeAsync(long duplicate, long keep, CancellationToken cancellationToken) =>
        RegistryMerge.OrganisationsAsync(Db, duplicate, keep, cancellationToken);
}
