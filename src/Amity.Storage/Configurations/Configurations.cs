using Amity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Amity.Storage.Configurations;

// One configuration per aggregate. Every column here has its twin in Migrations/; SchemaTests checks they agree.

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("Organisations");
        b.HasIndex(o => o.Name);
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(o => o.Aliases).WithOne().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(o => o.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(o => o.Names);
    }
}

internal sealed class OrganisationAliasConfiguration : IEntityTypeConfiguration<OrganisationAlias>
{
    public void Configure(EntityTypeBuilder<OrganisationAlias> b)
    {
        b.ToTable("OrganisationAliases");
        b.HasIndex(a => a.Value);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("People");
        b.HasIndex(p => p.Name);
        b.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Positions).WithOne().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(p => p.Positions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.Names);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> b)
    {
        b.ToTable("PersonAliases");
        b.HasIndex(a => a.Value);
    }
}

internal sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> b)
    {
        b.ToTable("Positions");
        b.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.ToTable("Documents");
        b.HasIndex(d => d.Key).IsUnique();
        b.HasIndex(d => d.ContentHash);
        b.Ignore(d => d.HasText);
    }
}

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> b)
    {
        b.ToTable("Engagements");
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.Date);
        b.Ignore(e => e.EndDate);
        // Covers the dashboard's tallies of a year; also the list's order by date. (Migration ReadingIndexes.)
        b.HasIndex(e => new { e.StartsOn, e.Status, e.Kind, e.Mode, e.Channel, e.Restricted });
        b.HasIndex(e => e.Verification);
        b.HasIndex(e => e.Kind);
        b.HasIndex(e => e.Fingerprint).IsUnique();
        b.HasIndex(e => new { e.MechanismId, e.RoundNumber }).IsUnique();
        b.HasIndex(e => e.DelegationId);
        b.PrimitiveCollection(e => e.Topics);
        b.PrimitiveCollection(e => e.Outcomes);
        b.HasMany(e => e.Participants).WithOne().HasForeignKey(p => p.EngagementId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(e => e.Sources).WithOne().HasForeignKey(s => s.EngagementId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(e => e.Sources).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("Participants");
        // With the engagement, so distinct engagement counts read the index alone. (Migration ReadingIndexes.)
        // Each ends with the restricted mark, so leaving restricted rows out reads the index alone. (Migration RestrictedRecords.)
        b.HasIndex(p => new { p.EngagementId, p.Side, p.CountryCode, p.OrganisationId, p.PersonId, p.Restricted });
        b.HasIndex(p => new { p.PersonId, p.EngagementId, p.Restricted });
        b.HasIndex(p => new { p.OrganisationId, p.EngagementId, p.Restricted });
        b.HasIndex(p => new { p.CountryCode, p.EngagementId, p.Restricted });
        b.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EngagementSourceConfiguration : IEntityTypeConfiguration<EngagementSource>
{
    public void Configure(EntityTypeBuilder<EngagementSource> b)
    {
        b.ToTable("EngagementSources");
        b.HasIndex(s => s.DocumentId);
        b.HasOne(s => s.Document).WithMany().HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(s => s.Passage);
    }
}

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> b)
    {
        b.ToTable("Delegations");
        // A status change is written only over the status its maker saw: of two changes from one status, the
        // second finds the row moved on and is refused (the UPDATE's WHERE holds the old status).
        b.Property(d => d.Status).IsConcurrencyToken();
        b.HasOne(d => d.Leader).WithMany().HasForeignKey(d => d.LeaderId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(d => d.Host).WithMany().HasForeignKey(d => d.HostOrganisationId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(d => d.Members).WithOne().HasForeignKey(m => m.DelegationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Itinerary).WithOne().HasForeignKey(e => e.DelegationId).OnDelete(DeleteBehavior.SetNull);
        b.Navigation(d => d.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(d => d.Itinerary).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DelegationMemberConfiguration : IEntityTypeConfiguration<DelegationMember>
{
    public void Configure(EntityTypeBuilder<DelegationMember> b)
    {
        b.ToTable("DelegationMembers");
        b.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DialogueMechanismConfiguration : IEntityTypeConfiguration<DialogueMechanism>
{
    public void Configure(EntityTypeBuilder<DialogueMechanism> b)
    {
        b.ToTable("DialogueMechanisms");
        b.HasIndex(m => m.Name).IsUnique();
        b.HasMany(m => m.Partners).WithOne().HasForeignKey(p => p.MechanismId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Rounds).WithOne().HasForeignKey(e => e.MechanismId).OnDelete(DeleteBehavior.SetNull);
        b.Navigation(m => m.Partners).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Navigation(m => m.Rounds).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MechanismPartnerConfiguration : IEntityTypeConfiguration<MechanismPartner>
{
    public void Configure(EntityTypeBuilder<MechanismPartner> b)
    {
        b.ToTable("MechanismPartners");
        b.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> b)
    {
        b.ToTable("Relationships");
        b.HasOne(r => r.OrganisationA).WithMany().HasForeignKey(r => r.OrganisationAId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.OrganisationB).WithMany().HasForeignKey(r => r.OrganisationBId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> b)
    {
        b.ToTable("AuditTrail");
        b.HasIndex(a => new { a.RecordType, a.RecordId });
        b.HasIndex(a => a.At);
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("Accounts");
        b.HasIndex(a => a.UserName).IsUnique();
        b.HasMany(a => a.Tokens).WithOne().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Tokens).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("ApiTokens");
        b.HasIndex(t => t.Hash).IsUnique();
    }
}

internal sealed class IngestionJobConfiguration : IEntityTypeConfiguration<Jobs.IngestionJob>
{
    public void Configure(EntityTypeBuilder<Jobs.IngestionJob> b)
    {
        b.ToTable("IngestionJobs");
        b.HasIndex(j => j.DoneAt);
    }
}
