using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>The audit trail: every change with who, when, and the values before and after.</summary>
[DbContext(typeof(AmityDb))]
[Migration("20261204000001_AuditTrail")]
public sealed class AuditTrailMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AuditTrail",
            columns: table => new
            {
                Id = table.Key(),
                At = table.Column<DateTime>(nullable: false),
                Actor = table.Column<string>(nullable: false),
                Action = table.Column<string>(nullable: false),
                Entity = table.Column<string>(nullable: false),
                EntityId = table.Column<long>(nullable: false),
                RecordType = table.Column<string>(nullable: false),
                RecordId = table.Column<long>(nullable: false),
                Changes = table.Column<string>(nullable: false),
                Note = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_AuditTrail", x => x.Id));
        migrationBuilder.CreateIndex("IX_AuditTrail_RecordType_RecordId", "AuditTrail", ["RecordType", "RecordId"]);
        migrationBuilder.CreateIndex("IX_AuditTrail_At", "AuditTrail", "At");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("AuditTrail");
}
