using System.Data.Common;
using Amity.Domain;
using Amity.Storage.Search;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Amity.Storage.Tests;

public class MigrationTests
{
    // Columns of the model that later migrations add to tables of the first one.
    private static readonly (string Table, string Column, string Type)[] AddedSince =
    [
        ("Engagements", "Version", "integer NOT NULL DEFAULT 1"),
        ("Engagements", "Restricted", "boolean NOT NULL DEFAULT FALSE"),
        ("Participants", "Restricted", "boolean NOT NULL DEFAULT FALSE"),
        ("Delegations", "Restricted", "boolean NOT NULL DEFAULT FALSE"),
        ("Documents", "Restricted", "boolean NOT NULL DEFAULT FALSE"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task UpgradingFromTheFirstMigrationShouldKeepEveryRecord(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind, migrate: false);
        await using (var db = database.Context())
        {
            var migrations = db.Database.GetMigrations().ToList();
            migrations.Count.ShouldBeGreaterThan(1);
            await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
            db.RecordsAudit = false;
            // Rows are written through today's model, which has columns added since: they are added for the writes
            // and dropped again, so the upgrade starts from the first schema with its rows.
            foreach (var (table, column, type) in AddedSince)
            {
                // Names from the table above, not input.
                var add = $"ALTER TABLE \"{table}\" ADD COLUMN \"{column}\" {type}";
                await db.Database.ExecuteSqlRawAsync(add);
            }

            var department = new Organisation("International Liaison Department", OrganisationKind.Party, "CN");
            department.AddAlias("ILD", isAcronym: true);
            var person = new Person("Wen Lisheng", "CN");
            person.AddPosition(department, "Minister", new DateOnly(2024, 1, 15), null);
            var document = new Document("readout.txt", "Wen Lisheng met a delegation of the Kenya Progressive Alliance in Beijing.");
            var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 2, 27)) { Place = "Beijing", Mode = EngagementMode.InPerson };
            var host = meeting.AddParticipant(new Participant("Wen Lisheng", 0, ParticipantRole.Host) { CountryCode = "CN", IsPrincipal = true });
            host.LinkPerson(person);
            meeting.AddParticipant(new Participant("Amani Kilonzo", 1, ParticipantRole.Guest) { CountryCode = "KE", IsPrincipal = true });
            meeting.AddSource(document, 0, document.Text.Length);
            meeting.Topics.Add("inter-party exchanges");
            db.AddRange(department, person, meeting);
            await db.SaveChangesAsync();
            foreach (var (table, column, _) in AddedSince)
            {
                var drop = $"ALTER TABLE \"{table}\" DROP COLUMN \"{column}\"";
                await db.Database.ExecuteSqlRawAsync(drop);
            }
        }

        await database.Target.MigrateAsync();

        await using (var db = database.Context())
        {
            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            var meeting = await db.Engagements.Include(e => e.Participants).Include(e => e.Sources).ThenInclude(s => s.Document).SingleAsync();
            meeting.Date.ShouldBe(new PartialDate(2024, 2, 27));
            meeting.Place.ShouldBe("Beijing");
            meeting.Restricted.ShouldBeFalse("what was stored before restrictions existed stays open");
            meeting.Topics.ShouldBe(["inter-party exchanges"]);
            meeting.Participants.Select(p => p.Name).ShouldBe(["Wen Lisheng", "Amani Kilonzo"], ignoreOrder: true);
            meeting.Sources.Single().Passage.ShouldStartWith("Wen Lisheng met");
            var person = await db.People.Include(p => p.Positions).SingleAsync();
            person.PositionOn(new DateOnly(2024, 3, 1))!.Title.ShouldBe("Minister");
            (await db.OrganisationAliases.SingleAsync()).Value.ShouldBe("ILD");
            // The search index added by the second migration was filled from the records already there.
            (await FullTextSearch.Matching(db, "Kenya Progressive").ToListAsync()).ShouldBe([meeting.Id]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheMigratedSchemaShouldHoldEveryColumnOfTheModel(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var columns = await ColumnsAsync(connection, table, db.IsPostgres);
            columns.ShouldNotBeEmpty($"table {table} is missing");
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName();
                columns.ShouldContain(column, $"column {table}.{column} is missing");
            }
        }
    }

    private static async Task<List<string>> ColumnsAsync(DbConnection connection, string table, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT column_name FROM information_schema.columns WHERE table_name = @t"
            : "SELECT name FROM pragma_table_info(@t)";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@t";
        parameter.Value = table;
        command.Parameters.Add(parameter);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }
        return columns;
    }

    [Fact]
    public async Task EverySqliteConnectionShouldHaveTheLargerPageCacheAndMappedReads()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        // Twice: the second open reuses the pooled native connection, which keeps its settings.
        for (var open = 0; open < 2; open++)
        {
            await using var db = database.Context();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            (await Pragma(connection, "cache_size")).ShouldBe(-16384L);
            (await Pragma(connection, "mmap_size")).ShouldBe(268435456L);
        }
    }

    private static async Task<object?> Pragma(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return await command.ExecuteScalarAsync();
    }
}
