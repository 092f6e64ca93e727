using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>Engagements carry a version that each save moves on, for optimistic concurrency.</summary>
[DbContext(typeof(AmityDb))]
[Migration("20261207000002_EngagementVersion")]
public sealed class EngagementVersionMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<int>("Version", "Engagements", nullable: false, defaultValue: 1);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropColumn("Version", "Engagements");
}
