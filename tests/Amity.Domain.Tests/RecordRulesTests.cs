using Amity.Domain;
using Amity.Domain.Records;

namespace Amity.Domain.Tests;

public class RecordRulesTests
{
    private static EngagementRecord Meeting() => new()
    {
        Id = "x-1",
        Kind = "meeting",
        Date = "2024-02-27",
        Mode = "in_person",
        Place = "Beijing",
        Participants =
        [
            new() { Name = "Wen Lisheng", Country = "CN", Side = 0, Role = "host", Principal = true },
            new() { Name = "Amani Kilonzo", Country = "KE", Side = 1, Role = "guest", Principal = true },
        ],
        Sources = [new() { Document = "a.txt", Start = 10, End = 50, Evidence = "Wen met Kilonzo." }],
    };

    [Fact]
    public void AValidRecordShouldHaveNoProblems() => RecordRules.Validate(Meeting()).ShouldBeEmpty();

    [Fact]
    public void EachProblemShouldNameItsField()
    {
        var record = Meeting() with
        {
            Kind = "lunch",
            EndDate = "2024-02-01",
            Participants = [new() { Name = "Wen", Country = "XX", Side = 0, Role = "host" }],
        };
        RecordRules.Validate(record).Select(p => p.Field).ShouldBe(["kind", "end_date", "participants[0].country"], ignoreOrder: true);
    }

    [Fact]
    public void TextOverItsLimitShouldBeRefusedByField()
    {
        var record = Meeting() with
        {
            Place = new string('p', TextLimits.Name + 1),
            EventName = new string('e', TextLimits.Title + 1),
            Participants = [new() { Name = new string('n', TextLimits.Name + 1), Title = new string('t', TextLimits.Title + 1), Organization = new string('o', TextLimits.Title + 1), Side = 0, Role = "host" }],
        };
        RecordRules.Validate(record).Select(p => p.Field).ShouldBe(
            ["place", "event_name", "participants[0].name", "participants[0].title", "participants[0].organization"], ignoreOrder: true);
        RecordRules.Validate(Meeting() with { Place = new string('p', TextLimits.Name) }).ShouldBeEmpty("the limit itself is taken");
        var crowd = Enumerable.Range(0, TextLimits.Participants + 1).Select(i => new ParticipantRecord { Name = $"Person {i}", Side = i % 2, Role = "attendee" }).ToList();
        RecordRules.Validate(Meeting() with { Participants = crowd }).Single().Field.ShouldBe("participants");
        TextLimits.Clamp("ab\U0001F600cd", 3).ShouldBe("ab", "a surrogate pair is never cut in half");
        Should.Throw<DomainException>(() => new Person(new string('x', TextLimits.Name + 1), null)).Field.ShouldBe("name");
    }

    [Fact]
    public void TheFingerprintShouldIgnoreIdEvidenceAndReviewState()
    {
        var a = Meeting();
        var b = a with { Id = "other", Verification = "extracted", Sources = [a.Sources[0] with { Evidence = null }] };
        RecordRules.Fingerprint(a).ShouldBe(RecordRules.Fingerprint(b));
        RecordRules.Fingerprint(a with { Date = "2024-02-28" }).ShouldNotBe(RecordRules.Fingerprint(a));
    }

    [Fact]
    public void CodesShouldRoundTrip()
    {
        Codes.Of(EngagementMode.InPerson).ShouldBe("in_person");
        Codes.Of(DialogueTrack.Track1Half).ShouldBe("1.5");
        Codes.Parse<Channel>("think_tank", "channel").ShouldBe(Channel.ThinkTank);
        Codes.Parse<OrganisationKind>("friendship_association", "kind").ShouldBe(OrganisationKind.FriendshipAssociation);
    }
}

public class ChannelTests
{
    [Fact]
    public void TheMostSpecificOrganisationKindShouldGiveTheChannel()
    {
        Channels.Infer([OrganisationKind.Government, OrganisationKind.Party]).ShouldBe(Channel.Party);
        Channels.Infer([OrganisationKind.City, OrganisationKind.City]).ShouldBe(Channel.City);
        Channels.Infer([OrganisationKind.FriendshipAssociation, OrganisationKind.Government]).ShouldBe(Channel.PeopleToPeople);
        Channels.Infer([]).ShouldBeNull();
    }
}
