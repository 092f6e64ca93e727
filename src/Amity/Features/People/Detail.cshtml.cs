using Amity.Storage;

namespace Amity.Features.People;

public sealed class DetailModel(AmityDb db, TimeProvider clock) : RegistryRecordPage(db)
{
    public PersonDetail Detail { get; private set; } = null!;

    protected override string RecordType => nameof(Domain.Person);

    protected override string PagePath => "/people";

    protected override string ChooseMessage => "choose the person to keep";

    protected override async Task<string?> LoadRecordAsync(long id, CancellationToken cancellationToken)
    {
        if (await PersonQueries.GetAsync(Db, id, clock, cancellationToken) is not { } detail)
        {
            return null;
        }
        Detail = detail;
        return detail.Person.Name;
    }

    protected override Task<IReadOnlyList<RegistryOption>> CandidatesAsync(CancellationToken cancellationToken) =>
        RegistryOptions.PeopleAsync(Db, cancellationToken);

    protected override string MergeLabel(string name) => $"{name} is a duplicate of (their records, positions and names move there)";

    protected override Task<bool> MergeAsync(long duplicate, long keep, CancellationToken cancellationToken) =>
        RegistryMerge.PeopleAsync(Db, duplicate, keep, cancellationToken);
}
