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
