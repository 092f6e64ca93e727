using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>
/// PostgreSQL's search vector reads the body as SQLite's FTS5 does (accents and punctuation folded), so both
/// databases find the same engagements for the same words. SQLite's index is unchanged.
/// </summary>
[DbContext(typeof(AmityDb))]
[Migration("20261210000001_SearchParity")]
public sealed class SearchParityMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql(FullTextSearch.PostgresFoldAccentsAndPunctuation);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql(FullTextSearch.PostgresKeepAccentsAndPunctuation);
        }
    }
}
