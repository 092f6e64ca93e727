using System.Text.Json.Nodes;
using Amity.Domain;
using Amity.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Tests;

public class AuditTrailTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task EveryCreationChangeAndDeletionShouldBeRecordedWithWhoWhenAndTheValues(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        long id;
        await using (var db = database.Context())
        {
            db.Actor = "analyst";
            db.ChangeNote = "entered by hand";
            var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 3, 5)) { Place = "Nairobi", Verification = Verification.Verified };
            meeting.AddParticipant(new Participant("Amani Kilonzo", 0, ParticipantRole.Host) { CountryCode = "KE" });
            db.Engagements.Add(meeting);
            await db.SaveChangesAsync();
            id = meeting.Id;
            db.ChangeNote.ShouldBeNull();

            meeting.Place = "Mombasa";
            meeting.AddParticipant(new Participant("Wen Lisheng", 1, ParticipantRole.Guest) { CountryCode = "CN" });
            db.Actor = "reviewer";
            await db.SaveChangesAsync();

            db.Engagements.Remove(meeting);
            await db.SaveChangesAsync();
        }

        await using (var db = database.Context())
        {
            var trail = await db.AuditTrail.Where(a => a.RecordType == "Engagement" && a.RecordId == id).OrderBy(a => a.Id).ToListAsync();
            // Created with its first participant (one entry), then a change and an added participant, then deleted with both.
            trail.Select(a => $"{a.Action} {a.Entity} {a.Actor}").ShouldBe([
                "created Engagement analyst",
                "changed Engagement reviewer",
                "created Participant reviewer",
                "deleted Engagement reviewer",
                "deleted Participant reviewer",
                "deleted Participant reviewer",
            ], ignoreOrder: true);
            var created = trail.First(a => a.Action == "created");
            created.Note.ShouldBe("entered by hand");
            Field(created, "Place").ShouldBe([null, "Nairobi"]);
            Field(created, "Kind").ShouldBe([null, "Meeting"]);
            created.At.ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));

            var changed = trail.Single(a => a.Action == "changed");
            Field(changed, "Place").ShouldBe(["Nairobi", "Mombasa"]);
            JsonNode.Parse(changed.Changes)!.AsObject().Count.ShouldBe(1);
            Field(trail.Single(a => a.Action == "created" && a.Entity == "Participant"), "Name").ShouldBe([null, "Wen Lisheng"]);
            Field(trail.First(a => a.Action == "deleted" && a.Entity == "Engagement"), "Place").ShouldBe(["Mombasa", null]);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task TheTrailItselfShouldNotBeChangeable(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        db.Organisations.Add(new Organisation("Kenya Friendship Society", OrganisationKind.FriendshipAssociation, "KE"));
        await db.SaveChangesAsync();
        var entry = await db.AuditTrail.SingleAsync();

        db.AuditTrail.Remove(entry);
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        entry = await db.AuditTrail.SingleAsync();
        db.Entry(entry).Property(e => e.Note).CurrentValue = "rewritten";
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(), "nor changed through the context");
        db.ChangeTracker.Clear();

        // Nor around the context: the database itself refuses.
        foreach (var sql in new[] { """UPDATE "AuditTrail" SET "Actor" = 'someone else'""", """DELETE FROM "AuditTrail" """ })
        {
            var refused = await Should.ThrowAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));
            refused.Message.ShouldContain("append-only");
        }
        await Should.ThrowAsync<System.Data.Common.DbException>(() => db.AuditTrail.ExecuteDeleteAsync());
        var kept = await db.AuditTrail.AsNoTracking().SingleAsync();
        (kept.Actor, kept.Note).ShouldBe((entry.Actor, null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AnUnchangedSaveShouldRecordNothing(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var organisation = new Organisation("Kenya Friendship Society", OrganisationKind.FriendshipAssociation, "KE");
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        db.Entry(organisation).Property(o => o.Name).IsModified = true;
        await db.SaveChangesAsync();
        (await db.AuditTrail.CountAsync()).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Kinds), MemberType = typeof(TestDatabase))]
    public async Task AChangedNoteShouldBeRecordedInFullBeforeAndAfter(string kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.Context();
        var (first, second) = (string.Concat(Enumerable.Repeat("The first account of the talks. ", 90)), string.Concat(Enumerable.Repeat("A corrected account. ", 180)));
        first.Length.ShouldBeGreaterThan(2_000);
        var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 3, 5)) { Summary = first };
        db.Engagements.Add(meeting);
        await db.SaveChangesAsync();
        meeting.Summary = second;
        await db.SaveChangesAsync();

        var changed = await db.AuditTrail.SingleAsync(a => a.RecordId == meeting.Id && a.Action == "changed" && a.Entity == "Engagement");
        Field(changed, "Summary").ShouldBe([first, second]);
    }

    private static string?[] Field(Audit.AuditEntry entry, string name) =>
        JsonNode.Parse(entry.Changes)![name]!.AsArray().Select(v => v?.ToString()).ToArray();
}
