using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Migrations;

/// <summary>
/// The audit trail is append-only in the database itself, not only in the application: an UPDATE or DELETE of an
/// entry, from raw SQL or a bulk statement that bypasses the change tracker, fails with a message saying so.
/// </summary>
[DbContext(typeof(AmityDb))]
[Migration("20261211000001_AppendOnlyAuditTrail")]
public sealed class AppendOnlyAuditTrailMigration : Migration
{
    public const string Refusal = "the audit trail is append-only: entries cannot be changed or deleted";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            foreach (var action in new[] { "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "AuditTrail_no_{action.ToLowerInvariant()}" BEFORE {action} ON "AuditTrail"
                    BEGIN SELECT RAISE(ABORT, '{Refusal}'); END;
                    """);
            }
        }
        else
        {
            migrationBuilder.Sql($"""
                CREATE FUNCTION amity_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION '{Refusal}'; END $$;
                CREATE TRIGGER "AuditTrail_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditTrail"
                    FOR EACH STATEMENT EXECUTE FUNCTION amity_audit_append_only();
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        if (migrationBuilder.IsSqlite())
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditTrail_no_update"; DROP TRIGGER "AuditTrail_no_delete";""");
        }
        else
        {
            migrationBuilder.Sql("""DROP TRIGGER "AuditTrail_append_only" ON "AuditTrail"; DROP FUNCTION amity_audit_append_only();""");
        }
    }
}
