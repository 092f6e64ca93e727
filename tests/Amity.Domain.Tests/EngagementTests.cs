using Amity.Domain;

namespace Amity.Domain.Tests;

public class EngagementTests
{
    [Fact]
    public void ARestrictedEngagementShouldMarkEveryParticipantAndKeepTheMarkThroughAMerge()
    {
        var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 3, 2));
        meeting.AddParticipant(new Participant("Ilse Varga", 0, ParticipantRole.Host));
        meeting.Restrict(true);
        meeting.AddParticipant(new Participant("Tarek Oumi", 1, ParticipantRole.Guest));
        meeting.Participants.ShouldAllBe(p => p.Restricted);

        // Another report of it, open, takes on the mark when the restricted one merges in: what was restricted stays so.
        var open = new Engagement(EngagementKind.Meeting, new PartialDate(2024, 3, 2));
        open.AddParticipant(new Participant("Ilse Varga", 0, ParticipantRole.Host));
        open.MergeFrom(meeting);
        open.Restricted.ShouldBeTrue();
        open.Participants.Count.ShouldBe(2);
        open.Participants.ShouldAllBe(p => p.Restricted);
    }

    [Fact]
    public void AnEndDateShouldNeverPrecedeTheStart()
    {
        var error = Should.Throw<DomainException>(() =>
            new Engagement(EngagementKind.Visit, new PartialDate(2024, 3, 2), new PartialDate(2024, 2, 27)));
        error.Field.ShouldBe("end_date");
    }

    [Fact]
    public void AnEndDateOfTheSameMonthShouldBeAcceptedForAMonthStart()
    {
        var visit = new Engagement(EngagementKind.Visit, new PartialDate(2024, 2), new PartialDate(2024, 2, 10));
        visit.Date.ShouldBe(new PartialDate(2024, 2));
        visit.EndDate.ShouldBe(new PartialDate(2024, 2, 10));
    }

    [Fact]
    public void AnEndDateMayStandAloneWhenOnlyTheEndIsReported()
    {
        var talks = new Engagement(EngagementKind.Event, null, new PartialDate(2015, 4, 2));
        talks.Date.ShouldBeNull();
        talks.EndDate.ShouldBe(new PartialDate(2015, 4, 2));
    }

    [Fact]
    public void TheSameSpanShouldBeCitedOnce()
    {
        var document = new Document("r01.txt", "Liu met the delegation. They talked.");
        var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2023, 6, 2));
        meeting.AddSource(document, 0, 23);
        meeting.AddSource(document, 0, 23);
        meeting.Sources.Count.ShouldBe(1);
        meeting.Sources[0].Passage.ShouldBe("Liu met the delegation.");
    }

    [Fact]
    public void ASpanShouldBeOrdered() =>
        Should.Throw<DomainException>(() => new Engagement(EngagementKind.Meeting, null).AddSource(new Document("a", "text"), 5, 2));

    [Fact]
    public void ADocumentsHashShouldFollowItsText()
    {
        var a = new Document("a.txt", "same text");
        var b = new Document("b.txt", "same text");
        a.ContentHash.ShouldBe(b.ContentHash);
        b.SetText("other text");
        b.ContentHash.ShouldNotBe(a.ContentHash);
    }
}
