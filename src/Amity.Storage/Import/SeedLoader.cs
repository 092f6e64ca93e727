using System.Text.Json;
using System.Text.Json.Serialization;
using Amity.Domain;
using Amity.Domain.Countries;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

/// <summary>
/// Loads a structured seed (samples/seed.json): organisations, people with positions, dialogue mechanisms
/// with their rounds, relationships and delegations. Idempotent: what is already there by name is left alone.
/// </summary>
public static class SeedLoader
{
    public static async Task<int> LoadAsync(AmityDb db, string path, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        Seed seed;
        try
        {
            seed = JsonSerializer.Deserialize<Seed>(TextFiles.ReadUtf8(path), Options)
                ?? throw new ImportException(new InputProblem(path, 0, null, "the seed is empty"));
        }
        catch (JsonException e)
        {
            throw new ImportException(new InputProblem(path, (int)(e.LineNumber ?? 0) + 1, e.Path?.TrimStart('$', '.'), $"malformed JSON: {e.Message}"));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var loader = new Loader(db, path, today, await RegistryIndex.LoadAsync(db, cancellationToken));
            try
            {
                await loader.LoadAsync(seed, cancellationToken);
            }
            catch (DomainException e)
            {
                throw new ImportException(new InputProblem(path, 0, loader.Where + "." + e.Field, e.Message));
            }
            db.ChangeNote ??= $"seed {Path.GetFileName(path)}";
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return loader.Added;
        });
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed class Loader(AmityDb db, string path, DateOnly today, RegistryIndex registry)
    {
        public int Added { get; private set; }
        public string Where { get; private set; } = "";

        public async Task LoadAsync(Seed seed, CancellationToken cancellationToken)
        {
            foreach (var (o, i) in seed.Organisations.Select((o, i) => (o, i)))
            {
                Where = $"organisations[{i}]";
                if (registry.FindOrganisation(o.Name, Country(o.Country)) is null)
                {
                    var organisation = new Organisation(o.Name, Codes.Parse<OrganisationKind>(o.Kind, "kind"), Country(o.Country));
                    organisation.SetFounded(Day(o.Founded, "founded"));
                    foreach (var acronym in o.Acronyms)
                    {
                        organisation.AddAlias(acronym, isAcronym: true);
                    }
                    foreach (var alias in o.Aliases)
                    {
                        organisation.AddAlias(alias);
                    }
                    db.Organisations.Add(organisation);
                    registry.Add(organisation);
                    Added++;
                }
            }
            foreach (var (o, i) in seed.Organisations.Select((o, i) => (o, i)))
            {
                Where = $"organisations[{i}]";
                if (o.Parent is not null)
                {
                    Organisation(o.Name, o.Country).SetParent(Organisation(o.Parent, null));
                }
            }
            foreach (var (p, i) in seed.People.Select((p, i) => (p, i)))
            {
                Where = $"people[{i}]";
                if (registry.FindPerson(p.Name, Country(p.Country)) is not null)
                {
                    continue;
                }
                var person = new Person(p.Name, Country(p.Country));
                foreach (var alias in p.Aliases)
                {
                    person.AddAlias(alias);
                }
                foreach (var position in p.Positions)
                {
                    person.AddPosition(position.Organisation is null ? null : Organisation(position.Organisation, null), position.Title, Day(position.From, "from"), Day(position.To, "to"));
                }
                db.People.Add(person);
                registry.Add(person);
                Added++;
            }
            var mechanisms = await db.Mechanisms.Select(m => m.Name).ToListAsync(cancellationToken);
            foreach (var (m, i) in seed.Mechanisms.Select((m, i) => (m, i)))
            {
                Where = $"mechanisms[{i}]";
                if (mechanisms.Contains(m.Name))
                {
                    continue;
                }
                var mechanism = new DialogueMechanism(m.Name, Codes.Parse<DialogueTrack>(m.Track, "track"), m.CadenceMonths);
                var partners = m.Partners.Select(name => Organisation(name, null)).ToList();
                partners.ForEach(mechanism.AddPartner);
                foreach (var r in m.Rounds)
                {
                    var round = mechanism.RecordRound(r.Number, Date(r.Date, "date") ?? throw new DomainException("date", "a round needs a date"),
                        Date(r.EndDate, "end_date"), r.Place, r.Mode is null ? null : Codes.Parse<EngagementMode>(r.Mode, "mode"), today);
                    db.Engagements.Add(round);
                }
                db.Mechanisms.Add(mechanism);
                Added++;
            }
            var relationships = await db.Relationships.Include(r => r.OrganisationA).Include(r => r.OrganisationB).ToListAsync(cancellationToken);
            foreach (var (r, i) in seed.Relationships.Select((r, i) => (r, i)))
            {
                Where = $"relationships[{i}]";
                var kind = Codes.Parse<RelationshipKind>(r.Kind, "kind");
                var relationship = kind == RelationshipKind.DiplomaticRelations
                    ? Relationship.DiplomaticRelations(Country(r.A)!, Country(r.B)!, Day(r.Start, "start"), Day(r.End, "end"))
                    : Relationship.Between(kind, Organisation(r.A, null), Organisation(r.B, null), Day(r.Start, "start"), Day(r.End, "end"));
                if (!relationships.Any(x => x.Kind == kind && x.CountryA == relationship.CountryA && x.CountryB == relationship.CountryB
                        && x.OrganisationA?.Name == relationship.OrganisationA?.Name && x.OrganisationB?.Name == relationship.OrganisationB?.Name))
                {
                    db.Relationships.Add(relationship);
                    relationships.Add(relationship);
                    Added++;
                }
            }
            var delegations = await db.Delegations.Select(d => d.Name).ToListAsync(cancellationToken);
            foreach (var (d, i) in seed.Delegations.Select((d, i) => (d, i)))
            {
                Where = $"delegations[{i}]";
                if (delegations.Contains(d.Name))
                {
                    continue;
                }
                var direction = Codes.Parse<DelegationDirection>(d.Direction, "direction");
                var delegation = new Delegation(d.Name, direction, Country(d.Country), Day(d.Start, "start"), Day(d.End, "end"));
                var leader = d.Leader is null ? null : Person(d.Leader);
                delegation.SetLeader(leader);
                delegation.SetHost(d.Host is null ? null : Organisation(d.Host, null));
                foreach (var member in d.Members)
                {
                    delegation.AddMember(Person(member));
                }
                foreach (var stop in d.Itinerary)
                {
                    var date = Date(stop.Date, "date") ?? throw new DomainException("date", "a programme item needs a date");
                    db.Engagements.Add(delegation.PlanItem(Codes.Parse<EngagementKind>(stop.Kind, "kind"), date, stop.Place, stop.Note, stop.With.Select(Person)));
                }
                delegation.SetStatus(Codes.Parse<EngagementStatus>(d.Status, "status"));
                db.Delegations.Add(delegation);
                Added++;
            }
        }

        private Organisation Organisation(string name, string? country) =>
            registry.FindOrganisation(name, Country(country)) ?? registry.FindOrganisation(name, null)
            ?? throw new DomainException("organisation", $"no organisation named '{name}' in {path}");

        private Person Person(string name) =>
            registry.FindPerson(name, null) ?? throw new DomainException("person", $"no person named '{name}' in {path}");

        private static string? Country(string? code) =>
            code is null ? null
            : CountryCatalogue.Instance.ByCode(code)?.Code ?? throw new DomainException("country", $"unknown country code '{code}'");

        private static DateOnly? Day(string? text, string field) => Date(text, field)?.First;

        private static PartialDate? Date(string? text, string field) => text is null ? null : PartialDate.Parse(text, field);
    }

    // Classes with defaults, so a seed may leave out any list it has nothing for.
    private sealed class Seed
    {
        public List<SeedOrganisation> Organisations { get; init; } = [];
        public List<SeedPerson> People { get; init; } = [];
        public List<SeedMechanism> Mechanisms { get; init; } = [];
        public List<SeedRelationship> Relationships { get; init; } = [];
        public List<SeedDelegation> Delegations { get; init; } = [];
    }

    private sealed class SeedOrganisation
    {
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "ngo";
        public string? Country { get; init; }
        public List<string> Acronyms { get; init; } = [];
        public List<string> Aliases { get; init; } = [];
        public string? Parent { get; init; }
        public string? Founded { get; init; }
    }

    private sealed class SeedPerson
    {
        public string Name { get; init; } = "";
        public string? Country { get; init; }
        public List<string> Aliases { get; init; } = [];
        public List<SeedPosition> Positions { get; init; } = [];
    }

    private sealed record SeedPosition(string? Organisation, string Title, string? From, string? To);

    private sealed class SeedMechanism
    {
        public string Name { get; init; } = "";
        public string Track { get; init; } = "";
        public int? CadenceMonths { get; init; }
        public List<string> Partners { get; init; } = [];
        public List<SeedRound> Rounds { get; init; } = [];
    }

    private sealed record SeedRound(int Number, string? Date, string? EndDate, string? Place, string? Mode);

    private sealed record SeedRelationship(string Kind, string A, string B, string? Start, string? End);

    private sealed class SeedDelegation
    {
        public string Name { get; init; } = "";
        public string Direction { get; init; } = "";
        public string? Country { get; init; }
        public string? Leader { get; init; }
        public List<string> Members { get; init; } = [];
        public string? Host { get; init; }
        public string? Start { get; init; }
        public string? End { get; init; }
        public string Status { get; init; } = "planned";
        public List<SeedStop> Itinerary { get; init; } = [];
    }

    private sealed class SeedStop
    {
        public string? Date { get; init; }
        public string Kind { get; init; } = "meeting";
        public string? Place { get; init; }
        public List<string> With { get; init; } = [];
        public string? Note { get; init; }
    }
}
