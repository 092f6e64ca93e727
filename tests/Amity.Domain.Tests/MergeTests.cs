using Amity.Domain;

namespace Amity.Domain.Tests;

public class MergeTests
{
    [Theory]
    [InlineData("the third round of the Elbe–Yangtze Think Tank Dialogue", 3)]
    [InlineData("21st round of consultations", 21)]
    [InlineData("Strategic Dialogue, round 4", 4)]
    [InlineData("the Elbe–Yangtze Think Tank Dialogue", null)]
    [InlineData("a round table on youth exchanges", null)]
    public void ShouldReadTheRoundNumberAnEventNameStates(string name, int? number) => Ordinals.RoundNumber(name).ShouldBe(number);

    [Fact]
    public void AReportShouldFindItsRoundByNumberOrElseByDate()
    {
        var dialogue = new DialogueMechanism("Elbe–Yangtze Think Tank Dialogue", DialogueTrack.Track2, 12);
        var third = new Engagement(EngagementKind.Talks, new PartialDate(2023, 6, 20));
        dialogue.AddRound(third, 3);
        dialogue.IsNamedIn("the third round of the Elbe-Yangtze Think Tank Dialogue").ShouldBeTrue();
        dialogue.RoundFor("the third round of the Elbe–Yangtze Think Tank Dialogue", null).ShouldBe(third);
        dialogue.RoundFor("the Elbe–Yangtze Think Tank Dialogue", new PartialDate(2023, 6)).ShouldBe(third);
        dialogue.RoundFor("the Elbe–Yangtze Think Tank Dialogue", new PartialDate(2024, 6)).ShouldBeNull();
    }

    [Fact]
    public void MergingShouldAddSourcesAndPeopleAndReplaceOrganisationPlaceholders()
    {
        var institute = new Organisation("Elbe Institute", OrganisationKind.ThinkTank, "DE");
        var round = new Engagement(EngagementKind.Talks, new PartialDate(2023, 6));
        var placeholder = new Participant(institute.Name, 0, ParticipantRole.Host) { IsPrincipal = true };
        placeholder.LinkOrganisation(institute);
        round.AddParticipant(placeholder);

        var document = new Document("report.txt", "Director Lindqvist-Braun opened the third round in Hamburg.");
        var report = new Engagement(EngagementKind.Talks, new PartialDate(2023, 6, 20)) { Place = "Hamburg" };
        var director = new Participant("Katharina Lindqvist-Braun", 0, ParticipantRole.Host) { Title = "Director", IsPrincipal = true };
        director.LinkPerson(new Person("Katharina Lindqvist-Braun", "DE"));
        director.LinkOrganisation(institute);
        report.AddParticipant(director);
        report.AddSource(document, 0, document.Text.Length);

        round.CitesAllOf(report).ShouldBeFalse();
        round.MergeFrom(report);

        round.Participants.Select(p => p.Name).ShouldBe(["Katharina Lindqvist-Braun"]);
        round.Date.ShouldBe(new PartialDate(2023, 6, 20));
        round.Place.ShouldBe("Hamburg");
        round.CitesAllOf(report).ShouldBeTrue();
    }

    [Fact]
    public void MergingShouldNotTakeADateThatDisagrees()
    {
        var round = new Engagement(EngagementKind.Talks, new PartialDate(2023, 6));
        round.MergeFrom(new Engagement(EngagementKind.Talks, new PartialDate(2023, 7, 2)));
        round.Date.ShouldBe(new PartialDate(2023, 6));
    }
}
