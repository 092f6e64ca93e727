using Amity.Domain;

namespace Amity.Domain.Tests;

public class DialogueMechanismTests
{
    private static Engagement Round(int year, int month) =>
        new(EngagementKind.Talks, new PartialDate(year, month, 10)) { Status = EngagementStatus.Held };

    [Fact]
    public void ARoundNumberShouldBeUniqueWithinItsMechanism()
    {
        var dialogue = new DialogueMechanism("Elbe–Yangtze Think Tank Dialogue", DialogueTrack.Track2, 12);
        dialogue.AddRound(Round(2021, 5), 1);
        Should.Throw<DomainException>(() => dialogue.AddRound(Round(2022, 5), 1)).Field.ShouldBe("number");
        dialogue.AddRound(Round(2022, 5), 2);
        dialogue.Rounds.Select(r => r.RoundNumber).ShouldBe([1, 2]);
    }

    [Fact]
    public void TheSameNumberShouldBeFreeInAnotherMechanism()
    {
        var first = new DialogueMechanism("A", DialogueTrack.Track1, 12);
        var second = new DialogueMechanism("B", DialogueTrack.Track1Half, 12);
        first.AddRound(Round(2021, 5), 1);
        Should.NotThrow(() => second.AddRound(Round(2021, 6), 1));
    }

    [Fact]
    public void TheNextRoundShouldBeDueOneCadenceAfterTheLast()
    {
        var dialogue = new DialogueMechanism("Consultations", DialogueTrack.Track1, 12);
        dialogue.AddRound(Round(2022, 9), 1);
        dialogue.AddRound(Round(2023, 9), 2);
        var today = new DateOnly(2024, 11, 23);
        dialogue.NextRoundDue(today).ShouldBe(new DateOnly(2024, 9, 10));
        dialogue.IsOverdue(today).ShouldBeTrue();
        dialogue.IsOverdue(new DateOnly(2024, 9, 1)).ShouldBeFalse();
    }

    [Fact]
    public void ACadenceShouldBePositive() =>
        Should.Throw<DomainException>(() => new DialogueMechanism("X", DialogueTrack.Track2, 0));
}

public class RecordingRoundsTests
{
    private static DialogueMechanism Dialogue(params Organisation[] partners)
    {
        var dialogue = new DialogueMechanism("Elbe–Yangtze Think Tank Dialogue", DialogueTrack.Track2, 12);
        foreach (var partner in partners)
        {
            dialogue.AddPartner(partner);
        }
        return dialogue;
    }

    private static readonly Organisation Elbe = new("Elbe Institute", OrganisationKind.ThinkTank, "DE");
    private static readonly Organisation Huaxin = new("Huaxin Institute", OrganisationKind.ThinkTank, "CN");
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void ARoundShouldBeTalksAmongThePartnersUnderTheMechanismsName()
    {
        var dialogue = Dialogue(Elbe, Huaxin);

        var round = dialogue.RecordRound(1, new PartialDate(2026, 3, 17), new PartialDate(2026, 3, 18), "Beijing", EngagementMode.InPerson, Today);

        round.Kind.ShouldBe(EngagementKind.Talks);
        round.EventName.ShouldBe(dialogue.Name);
        round.RoundNumber.ShouldBe(1);
        round.Status.ShouldBe(EngagementStatus.Held);
        round.Channel.ShouldBe(Channel.ThinkTank);
        round.Participants.Select(p => (p.Organisation, p.Side, p.Role)).ShouldBe([(Elbe, 0, ParticipantRole.Host), (Huaxin, 1, ParticipantRole.Guest)]);
        dialogue.NextRoundNumber.ShouldBe(2);
        Should.Throw<DomainException>(() => dialogue.RecordRound(1, new PartialDate(2027, 3, 1), null, null, null, Today)).Field.ShouldBe("number");
    }

    [Fact]
    public void ARoundAheadShouldBePlannedAndAmongThreePartnersAnEvent()
    {
        var dialogue = Dialogue(Elbe, Huaxin, new Organisation("Third Forum", OrganisationKind.Ngo, "NO"));

        var round = dialogue.RecordRound(4, new PartialDate(2027, 5), null, null, null, Today);

        round.Kind.ShouldBe(EngagementKind.Event);
        round.Status.ShouldBe(EngagementStatus.Planned);
        dialogue.NextPlannedRound(Today).ShouldBe(round);
        dialogue.LastRound(Today).ShouldBeNull();
        dialogue.NextRoundNumber.ShouldBe(5);
    }
}
