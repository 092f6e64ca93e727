using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>The queue of readout batches that <c>amity worker</c> processes ingest.</summary>
[DbContext(typeof(AmityDb))]
[Migration("20261209000001_IngestionJobs")]
public sealed class IngestionJobsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "IngestionJobs",
            columns: table => new
            {
                Id = table.Key(),
                Payload = table.Column<string>(nullable: false),
                DocumentCount = table.Column<int>(nullable: false),
                QueuedAt = table.Column<DateTime>(nullable: false),
                DoneAt = table.Column<DateTime>(nullable: true),
                DoneBy = table.Column<string>(nullable: true),
                Error = table.Column<string>(nullable: true),
                FailedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_IngestionJobs", x => x.Id));
        migrationBuilder.CreateIndex("IX_IngestionJobs_DoneAt", "IngestionJobs", "DoneAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("IngestionJobs");
}
