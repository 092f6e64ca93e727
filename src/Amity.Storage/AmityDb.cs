using Amity.Domain;
using Amity.Storage.Audit;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage;

/// <summary>The registry. Features use this context directly; there is no repository layer in front of it.</summary>
public sealed class AmityDb(DbContextOptions<AmityDb> options) : DbContext(options), IDataProtectionKeyContext
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
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Jobs.IngestionJob> IngestionJobs => Set<Jobs.IngestionJob>();

    /// <summary>The keys that encrypt session cookies and antiforgery tokens: in the database, so every server shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Who the changes saved through this context are recorded against.</summary>
    public string Actor { get; set; } = "system";

    /// <summary>Why, recorded with every change of the next save and then cleared ("review: accept").</summary>
    public string? ChangeNote { get; set; }

    /// <summary>Off only to write rows under an older schema that has no audit trail yet (the upgrade tests).</summary>
    internal bool RecordsAudit { get; set; } = true;

    /// <summary>
    /// Whether queries through this context see restricted engagements, delegations and documents. Off unless
    /// set: the web host turns it on for accounts with clearance; the command line, run by whoever holds the
    /// database itself, turns it on (<see cref="DatabaseTarget.CreateContext"/>).
    /// </summary>
    public bool SeesRestricted { get; set; }

    /// <summary>
    /// Sees every record until disposed, for the work that must not act on part of the registry: matching an
    /// import against what is stored (else a restricted record would be stored twice), merging people and
    /// organisations (else restricted engagements would lose their links), numbering rounds.
    /// </summary>
    public IDisposable SeeingEverything()
    {
        var before = SeesRestricted;
        SeesRestricted = true;
        return new Restore(() => SeesRestricted = before);
    }

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>The clock audit entries are stamped with.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// A transaction of the caller's own, or none when one is already open: an import run inside an ingestion job
    /// commits with the job's done-mark, all or nothing.
    /// </summary>
    public async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> OwnTransactionAsync(CancellationToken cancellationToken) =>
        Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and, in the same transaction, what they were: every creation, change and deletion
    /// is written to the audit trail with who made it and the values before and after.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (ChangeTracker.AutoDetectChangesEnabled)
        {
            ChangeTracker.DetectChanges();
        }
        await CarryRestrictionsAsync(cancellationToken);
        BumpVersions();
        var pending = AuditRecorder.Capture(ChangeTracker);
        var note = ChangeNote;
        ChangeNote = null;
        if (pending.Count == 0 || !RecordsAudit)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        var at = Clock.GetUtcNow().UtcDateTime;
        AuditTrail.AddRange(pending.Select(p => AuditRecorder.ToEntry(p, at, Actor, note)));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return saved;
    }

    /// <summary>
    /// A restriction changed on a delegation reaches its programme, and on an engagement its participants, even
    /// when they were not loaded: the marks must agree, since the reading paths filter each table by its own.
    /// </summary>
    private async Task CarryRestrictionsAsync(CancellationToken cancellationToken)
    {
        var carried = false;
        foreach (var entry in ChangeTracker.Entries<Delegation>().Where(e => e.State == EntityState.Modified && e.Property(d => d.Restricted).IsModified).ToList())
        {
            await entry.Collection(d => d.Itinerary).Query().Include(e => e.Participants).IgnoreQueryFilters().LoadAsync(cancellationToken);
            entry.Entity.Restrict(entry.Entity.Restricted);
            carried = true;
        }
        foreach (var entry in ChangeTracker.Entries<Engagement>().Where(e => e.State == EntityState.Modified && e.Property(x => x.Restricted).IsModified).ToList())
        {
            await entry.Collection(e => e.Participants).Query().IgnoreQueryFilters().LoadAsync(cancellationToken);
            entry.Entity.Restrict(entry.Entity.Restricted);
            carried = true;
        }
        // Only when a mark moved: a bulk import turns change detection off, and a scan of every tracked row here
        // would undo that on every save.
        if (carried)
        {
            ChangeTracker.DetectChanges();
        }
    }

    /// <summary>
    /// Every engagement changed by this save, itself or through its participants or sources, moves to its next
    /// version; the update matches the version read, so a save based on an older read changes nothing and fails.
    /// </summary>
    private void BumpVersions()
    {
        var touched = new HashSet<long>();
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            switch (entry.Entity)
            {
                case Participant p:
                    touched.Add(p.EngagementId);
                    break;
                case EngagementSource s:
                    touched.Add(s.EngagementId);
                    break;
            }
        }
        foreach (var entry in ChangeTracker.Entries<Engagement>())
        {
            if (entry.State == EntityState.Modified || (entry.State == EntityState.Unchanged && touched.Contains(entry.Entity.Id)))
            {
                var version = entry.Property(e => e.Version);
                version.CurrentValue = version.OriginalValue + 1;
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AmityDb).Assembly);
        // Restricted records, in one place: every query through the context leaves them out unless it sees them,
        // so lists, search, counts, the network and the API need no check of their own. Sources are left out by
        // their document; delegation members are read only through their delegation.
        modelBuilder.Entity<Engagement>().HasQueryFilter(e => SeesRestricted || !e.Restricted);
        modelBuilder.Entity<Participant>().HasQueryFilter(p => SeesRestricted || !p.Restricted);
        modelBuilder.Entity<Delegation>().HasQueryFilter(d => SeesRestricted || !d.Restricted);
        modelBuilder.Entity<Document>().HasQueryFilter(d => SeesRestricted || !d.Restricted);
        modelBuilder.Entity<EngagementSource>().HasQueryFilter(s => SeesRestricted || !s.Document.Restricted);
        // A person or organisation known only from restricted engagements would tell who met whom: hidden with them.
        // Those with no engagement at all (entered, or from the seed) and those in any unrestricted one stay visible.
        modelBuilder.Entity<Person>().HasQueryFilter(p => SeesRestricted
            || !Set<Participant>().IgnoreQueryFilters().Any(x => x.PersonId == p.Id && x.Restricted)
            || Set<Participant>().IgnoreQueryFilters().Any(x => x.PersonId == p.Id && !x.Restricted));
        modelBuilder.Entity<Organisation>().HasQueryFilter(o => SeesRestricted
            || !Set<Participant>().IgnoreQueryFilters().Any(x => x.OrganisationId == o.Id && x.Restricted)
            || Set<Participant>().IgnoreQueryFilters().Any(x => x.OrganisationId == o.Id && !x.Restricted));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}
