using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Amity.Storage.Migrations;

// Migrations are written by hand (the EF design-time tools are not available here). Column types are
// left to each provider's type mapping, so one migration serves SQLite and PostgreSQL alike.
internal static class MigrationHelpers
{
    public static OperationBuilder<AddColumnOperation> Key(this ColumnsBuilder table) =>
        table.Column<long>(nullable: false)
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

    public static bool IsSqlite(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == "Microsoft.EntityFrameworkCore.Sqlite";
}
