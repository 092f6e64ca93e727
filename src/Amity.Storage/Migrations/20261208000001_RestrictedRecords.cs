using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>
/// Engagements, delegations and documents can be restricted; participants carry their engagement's mark. The
/// covering indexes of the reading paths end with the mark, so leaving restricted rows out still reads the index alone.
/// </summary>
[DbContext(typeof(AmityDb))]
[Migration("20261208000001_RestrictedRecords")]
public sealed class RestrictedRecordsMigration : Migration
{
    private static readonly (string Table, string[] Columns)[] Covering =
    [
        ("Engagements", ["StartsOn", "Status", "Kind", "Mode", "Channel"]),
        ("Participants", ["EngagementId", "Side", "CountryCode", "OrganisationId", "PersonId"]),
        ("Participants", ["CountryCode", "EngagementId"]),
        ("Participants", ["OrganisationId", "EngagementId"]),
        ("Participants", ["PersonId", "EngagementId"]),
    ];

    private static readonly string[] Tables = ["Engagements", "Participants", "Delegations", "Documents"];

    private static string Name(string table, IEnumerable<string> columns) => $"IX_{table}_{string.Join("_", columns)}";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<bool>("Restricted", table, nullable: false, defaultValue: false);
        }
        foreach (var (table, columns) in Covering)
        {
            migrationBuilder.DropIndex(Name(table, columns), table);
            string[] marked = [.. columns, "Restricted"];
            migrationBuilder.CreateIndex(Name(table, marked), table, marked);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, columns) in Covering)
        {
            migrationBuilder.DropIndex(Name(table, [.. columns, "Restricted"]), table);
            migrationBuilder.CreateIndex(Name(table, columns), table, columns);
        }
        foreach (var table in Tables)
        {
            migrationBuilder.DropColumn("Restricted", table);
        }
    }
}
