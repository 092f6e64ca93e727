using Amity.Domain;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage;

/// <summary>The registry. Features use this context directly; there is no repository layer in front of it.</summary>
public sealed class AmityDb(DbContextOptions<AmityDb> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationAlias> OrganisationAliases => Set<OrganisationAlias>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<Engagement> Engagements => Set<Engagement>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<EngagementSource> Sources => Set<EngagementSource>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<DialogueMechanism> Mechanisms => Set<DialogueMechanism>();
    public DbSet<Relationship> Relationships => Set<Relationship>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AmityDb).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}
