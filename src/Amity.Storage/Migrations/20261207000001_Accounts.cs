using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>Accounts with their roles and password hashes, their personal API tokens (hashed), and the cookie key ring.</summary>
[DbContext(typeof(AmityDb))]
[Migration("20261207000001_Accounts")]
public sealed class AccountsMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Accounts",
            columns: table => new
            {
                Id = table.Key(),
                UserName = table.Column<string>(nullable: false),
                DisplayName = table.Column<string>(nullable: true),
                Role = table.Column<string>(nullable: false),
                Cleared = table.Column<bool>(nullable: false),
                Disabled = table.Column<bool>(nullable: false),
                PasswordHash = table.Column<string>(nullable: false),
                SecurityStamp = table.Column<string>(nullable: false),
                FailedSignIns = table.Column<int>(nullable: false),
                LockedUntil = table.Column<DateTime>(nullable: true),
                Created = table.Column<DateTime>(nullable: false),
                LastSignIn = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Accounts", x => x.Id));
        migrationBuilder.CreateIndex("IX_Accounts_UserName", "Accounts", "UserName", unique: true);

        migrationBuilder.CreateTable(
            name: "ApiTokens",
            columns: table => new
            {
                Id = table.Key(),
                AccountId = table.Column<long>(nullable: false),
                Name = table.Column<string>(nullable: false),
                Hash = table.Column<string>(nullable: false),
                Prefix = table.Column<string>(nullable: false),
                Created = table.Column<DateTime>(nullable: false),
                Expires = table.Column<DateTime>(nullable: false),
                Revoked = table.Column<DateTime>(nullable: true),
                LastUsed = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ApiTokens", x => x.Id);
                table.ForeignKey("FK_ApiTokens_Accounts_AccountId", x => x.AccountId, "Accounts", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ApiTokens_Hash", "ApiTokens", "Hash", unique: true);
        migrationBuilder.CreateIndex("IX_ApiTokens_AccountId", "ApiTokens", "AccountId");

        // ASP.NET Core Data Protection's key ring (the EF Core store's own shape).
        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation("Npgsql:ValueGenerationStrategy", Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("DataProtectionKeys");
        migrationBuilder.DropTable("ApiTokens");
        migrationBuilder.DropTable("Accounts");
    }
}
