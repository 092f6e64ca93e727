using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>
/// Indexes that answer the pages' counts without reading table rows: engagements by date with the columns the
/// dashboard tallies, participants by engagement with what the dashboard counts, and by country, organisation and
/// person with their engagement (for distinct counts). Each replaces a one-column index it begins with.
/// </summary>
[DbContext(typeof(AmityDb))]
[Migration("20261204000002_ReadingIndexes")]
public sealed class ReadingIndexesMigration : Migration
{
    private static readonly (string Table, string Old, string[] Columns)[] Indexes =
    [
        ("Engagements", "IX_Engagements_StartsOn", ["StartsOn", "Status", "Kind", "Mode", "Channel"]),
        ("Participants", "IX_Participants_EngagementId", ["EngagementId", "Side", "CountryCode", "OrganisationId", "PersonId"]),
        ("Participants", "IX_Participants_CountryCode", ["CountryCode", "EngagementId"]),
        ("Participants", "IX_Participants_OrganisationId", ["OrganisationId", "EngagementId"]),
        ("Participants", "IX_Participants_PersonId", ["PersonId", "EngagementId"]),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, old, columns) in Indexes)
        {
            migrationBuilder.DropIndex(old, table);
            migrationBuilder.CreateIndex($"IX_{table}_{string.Join("_", columns)}", table, columns);
        }
        migrationBuilder.CreateIndex("IX_Engagements_Verification", "Engagements", "Verification");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Engagements_Verification", "Engagements");
        foreach (var (table, old, columns) in Indexes)
        {
            migrationBuilder.DropIndex($"IX_{table}_{string.Join("_", columns)}", table);
            migrationBuilder.CreateIndex(old, table, columns[0]);
        }
    }
}
