using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>Adds each database's full-text index over engagements and fills it from the records already stored.</summary>
[DbContext(typeof(AmityDb))]
[Migration("20261123000002_FullTextSearch")]
public sealed class FullTextSearchMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql(FullTextSearch.SqliteCreate);
            migrationBuilder.Sql(FullTextSearch.SqliteFillAllBeforeRestrictions);
        }
        else
        {
            migrationBuilder.Sql(FullTextSearch.PostgresCreate);
            migrationBuilder.Sql(FullTextSearch.PostgresFillAllBeforeRestrictions);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP TRIGGER "Engagements_DeleteSearch";""");
        }
        migrationBuilder.Sql("""DROP TABLE "EngagementSearch";""");
    }
}
