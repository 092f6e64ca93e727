using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

[DbContext(typeof(AmityDb))]
[Migration("20261123000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Organisations",
            columns: table => new
            {
                Id = table.Key(),
                Name = table.Column<string>(nullable: false),
                Kind = table.Column<string>(nullable: false),
                CountryCode = table.Column<string>(nullable: true),
                ParentId = table.Column<long>(nullable: true),
                Founded = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Organisations", x => x.Id);
                table.ForeignKey("FK_Organisations_Organisations_ParentId", x => x.ParentId, "Organisations", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "OrganisationAliases",
            columns: table => new
            {
                Id = table.Key(),
                OrganisationId = table.Column<long>(nullable: false),
                Value = table.Column<string>(nullable: false),
                IsAcronym = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrganisationAliases", x => x.Id);
                table.ForeignKey("FK_OrganisationAliases_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "People",
            columns: table => new
            {
                Id = table.Key(),
                Name = table.Column<string>(nullable: false),
                CountryCode = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_People", x => x.Id));

        migrationBuilder.CreateTable(
            name: "PersonAliases",
            columns: table => new
            {
                Id = table.Key(),
                PersonId = table.Column<long>(nullable: false),
                Value = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PersonAliases", x => x.Id);
                table.ForeignKey("FK_PersonAliases_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Positions",
            columns: table => new
            {
                Id = table.Key(),
                PersonId = table.Column<long>(nullable: false),
                OrganisationId = table.Column<long>(nullable: true),
                Title = table.Column<string>(nullable: false),
                From = table.Column<DateOnly>(nullable: true),
                To = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Positions", x => x.Id);
                table.ForeignKey("FK_Positions_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Positions_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Documents",
            columns: table => new
            {
                Id = table.Key(),
                Key = table.Column<string>(nullable: false),
                Title = table.Column<string>(nullable: true),
                Publisher = table.Column<string>(nullable: true),
                Url = table.Column<string>(nullable: true),
                Published = table.Column<DateOnly>(nullable: true),
                Text = table.Column<string>(nullable: false),
                ContentHash = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Documents", x => x.Id));

        migrationBuilder.CreateTable(
            name: "DialogueMechanisms",
            columns: table => new
            {
                Id = table.Key(),
                Name = table.Column<string>(nullable: false),
                Track = table.Column<string>(nullable: false),
                CadenceMonths = table.Column<int>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DialogueMechanisms", x => x.Id));

        migrationBuilder.CreateTable(
            name: "MechanismPartners",
            columns: table => new
            {
                Id = table.Key(),
                MechanismId = table.Column<long>(nullable: false),
                OrganisationId = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MechanismPartners", x => x.Id);
                table.ForeignKey("FK_MechanismPartners_DialogueMechanisms_MechanismId", x => x.MechanismId, "DialogueMechanisms", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_MechanismPartners_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Delegations",
            columns: table => new
            {
                Id = table.Key(),
                Name = table.Column<string>(nullable: false),
                Direction = table.Column<string>(nullable: false),
                CountryCode = table.Column<string>(nullable: true),
                LeaderId = table.Column<long>(nullable: true),
                HostOrganisationId = table.Column<long>(nullable: true),
                Start = table.Column<DateOnly>(nullable: true),
                End = table.Column<DateOnly>(nullable: true),
                Status = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Delegations", x => x.Id);
                table.ForeignKey("FK_Delegations_People_LeaderId", x => x.LeaderId, "People", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Delegations_Organisations_HostOrganisationId", x => x.HostOrganisationId, "Organisations", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "DelegationMembers",
            columns: table => new
            {
                Id = table.Key(),
                DelegationId = table.Column<long>(nullable: false),
                PersonId = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DelegationMembers", x => x.Id);
                table.ForeignKey("FK_DelegationMembers_Delegations_DelegationId", x => x.DelegationId, "Delegations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_DelegationMembers_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Engagements",
            columns: table => new
            {
                Id = table.Key(),
                Kind = table.Column<string>(nullable: false),
                StartsOn = table.Column<DateOnly>(nullable: true),
                DatePrecision = table.Column<string>(nullable: false),
                EndsOn = table.Column<DateOnly>(nullable: true),
                EndPrecision = table.Column<string>(nullable: false),
                Mode = table.Column<string>(nullable: true),
                Place = table.Column<string>(nullable: true),
                Channel = table.Column<string>(nullable: true),
                Status = table.Column<string>(nullable: false),
                Verification = table.Column<string>(nullable: false),
                EventName = table.Column<string>(nullable: true),
                Summary = table.Column<string>(nullable: true),
                // A JSON array in SQLite, a text[] in PostgreSQL: each provider's own mapping of a list.
                Topics = table.Column<List<string>>(nullable: false),
                Outcomes = table.Column<List<string>>(nullable: false),
                Confidence = table.Column<double>(nullable: true),
                ExternalId = table.Column<string>(nullable: true),
                Fingerprint = table.Column<string>(nullable: true),
                MechanismId = table.Column<long>(nullable: true),
                RoundNumber = table.Column<int>(nullable: true),
                DelegationId = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Engagements", x => x.Id);
                table.ForeignKey("FK_Engagements_DialogueMechanisms_MechanismId", x => x.MechanismId, "DialogueMechanisms", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Engagements_Delegations_DelegationId", x => x.DelegationId, "Delegations", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "Participants",
            columns: table => new
            {
                Id = table.Key(),
                EngagementId = table.Column<long>(nullable: false),
                Name = table.Column<string>(nullable: true),
                Title = table.Column<string>(nullable: true),
                OrganisationName = table.Column<string>(nullable: true),
                CountryCode = table.Column<string>(nullable: true),
                Side = table.Column<int>(nullable: false),
                Role = table.Column<string>(nullable: false),
                IsPrincipal = table.Column<bool>(nullable: false),
                LeadsDelegation = table.Column<bool>(nullable: false),
                PersonId = table.Column<long>(nullable: true),
                OrganisationId = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Participants", x => x.Id);
                table.ForeignKey("FK_Participants_Engagements_EngagementId", x => x.EngagementId, "Engagements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Participants_People_PersonId", x => x.PersonId, "People", "Id", onDelete: ReferentialAction.SetNull);
                table.ForeignKey("FK_Participants_Organisations_OrganisationId", x => x.OrganisationId, "Organisations", "Id", onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "EngagementSources",
            columns: table => new
            {
                Id = table.Key(),
                EngagementId = table.Column<long>(nullable: false),
                DocumentId = table.Column<long>(nullable: false),
                Start = table.Column<int>(nullable: false),
                End = table.Column<int>(nullable: false),
                Quote = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EngagementSources", x => x.Id);
                table.ForeignKey("FK_EngagementSources_Engagements_EngagementId", x => x.EngagementId, "Engagements", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_EngagementSources_Documents_DocumentId", x => x.DocumentId, "Documents", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Relationships",
            columns: table => new
            {
                Id = table.Key(),
                Kind = table.Column<string>(nullable: false),
                OrganisationAId = table.Column<long>(nullable: true),
                OrganisationBId = table.Column<long>(nullable: true),
                CountryA = table.Column<string>(nullable: true),
                CountryB = table.Column<string>(nullable: true),
                Start = table.Column<DateOnly>(nullable: true),
                End = table.Column<DateOnly>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Relationships", x => x.Id);
                table.ForeignKey("FK_Relationships_Organisations_OrganisationAId", x => x.OrganisationAId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_Relationships_Organisations_OrganisationBId", x => x.OrganisationBId, "Organisations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Organisations_Name", "Organisations", "Name");
        migrationBuilder.CreateIndex("IX_Organisations_ParentId", "Organisations", "ParentId");
        migrationBuilder.CreateIndex("IX_OrganisationAliases_OrganisationId", "OrganisationAliases", "OrganisationId");
        migrationBuilder.CreateIndex("IX_OrganisationAliases_Value", "OrganisationAliases", "Value");
        migrationBuilder.CreateIndex("IX_People_Name", "People", "Name");
        migrationBuilder.CreateIndex("IX_PersonAliases_PersonId", "PersonAliases", "PersonId");
        migrationBuilder.CreateIndex("IX_PersonAliases_Value", "PersonAliases", "Value");
        migrationBuilder.CreateIndex("IX_Positions_PersonId", "Positions", "PersonId");
        migrationBuilder.CreateIndex("IX_Positions_OrganisationId", "Positions", "OrganisationId");
        migrationBuilder.CreateIndex("IX_Documents_Key", "Documents", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_Documents_ContentHash", "Documents", "ContentHash");
        migrationBuilder.CreateIndex("IX_DialogueMechanisms_Name", "DialogueMechanisms", "Name", unique: true);
        migrationBuilder.CreateIndex("IX_MechanismPartners_MechanismId", "MechanismPartners", "MechanismId");
        migrationBuilder.CreateIndex("IX_MechanismPartners_OrganisationId", "MechanismPartners", "OrganisationId");
        migrationBuilder.CreateIndex("IX_Delegations_LeaderId", "Delegations", "LeaderId");
        migrationBuilder.CreateIndex("IX_Delegations_HostOrganisationId", "Delegations", "HostOrganisationId");
        migrationBuilder.CreateIndex("IX_DelegationMembers_DelegationId", "DelegationMembers", "DelegationId");
        migrationBuilder.CreateIndex("IX_DelegationMembers_PersonId", "DelegationMembers", "PersonId");
        migrationBuilder.CreateIndex("IX_Engagements_StartsOn", "Engagements", "StartsOn");
        migrationBuilder.CreateIndex("IX_Engagements_Kind", "Engagements", "Kind");
        migrationBuilder.CreateIndex("IX_Engagements_Fingerprint", "Engagements", "Fingerprint", unique: true);
        migrationBuilder.CreateIndex("IX_Engagements_MechanismId_RoundNumber", "Engagements", ["MechanismId", "RoundNumber"], unique: true);
        migrationBuilder.CreateIndex("IX_Engagements_DelegationId", "Engagements", "DelegationId");
        migrationBuilder.CreateIndex("IX_Participants_EngagementId", "Participants", "EngagementId");
        migrationBuilder.CreateIndex("IX_Participants_PersonId", "Participants", "PersonId");
        migrationBuilder.CreateIndex("IX_Participants_OrganisationId", "Participants", "OrganisationId");
        migrationBuilder.CreateIndex("IX_Participants_CountryCode", "Participants", "CountryCode");
        migrationBuilder.CreateIndex("IX_EngagementSources_EngagementId", "EngagementSources", "EngagementId");
        migrationBuilder.CreateIndex("IX_EngagementSources_DocumentId", "EngagementSources", "DocumentId");
        migrationBuilder.CreateIndex("IX_Relationships_OrganisationAId", "Relationships", "OrganisationAId");
        migrationBuilder.CreateIndex("IX_Relationships_OrganisationBId", "Relationships", "OrganisationBId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
        {
            "EngagementSources", "Participants", "Engagements", "DelegationMembers", "Delegations", "MechanismPartners",
            "DialogueMechanisms", "Relationships", "Documents", "Positions", "PersonAliases", "People",
            "OrganisationAliases", "Organisations",
        })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
