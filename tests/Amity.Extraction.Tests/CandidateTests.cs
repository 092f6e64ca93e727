using Amity.Domain.Records;
using Amity.Extraction;

namespace Amity.Extraction.Tests;

/// <summary>Engagement-finding rules on fictional sentences (names invented for these tests).</summary>
public sealed class CandidateTests
{
    private static IReadOnlyList<EngagementRecord> Extract(string text, string published = "2024-03-10") =>
        new ReadoutExtractor().Extract(new ReadoutDocument("t.txt", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Fronted_clause_gives_its_agent_after_the_comma()
    {
        var records = Extract("On May 5, 2021, when attending the 3rd Harbour Friendship Forum, Kenyan President Baraka Kilonzo said friendship matters.");
        var ev = records.ShouldHaveSingleItem();
        ev.Kind.ShouldBe("event");
        ev.Date.ShouldBe("2021-05-05");
        ev.Participants.ShouldContain(p => p.Name == "Baraka Kilonzo");
    }

    [Fact]
    public void Leaders_of_listed_countries_are_one_meeting_each()
    {
        var records = Extract("Chilean President Orvan Tellis met with leaders of Norway, Denmark and Kenya on Thursday.");
        records.Count.ShouldBe(3);
        records.Select(r => r.Participants.Single(p => p.Name is null).Country).ShouldBe(["NO", "DK", "KE"], ignoreOrder: true);
        records.ShouldAllBe(r => r.Participants.Any(p => p.Name == "Orvan Tellis"));
    }

    [Fact]
    public void Unnamed_office_holder_merges_with_the_named_report()
    {
        var records = Extract("Presidents of Norway and Kenya called on Chilean President Orvan Tellis on 4 March.\n\n"
            + "Welcoming Mr. Baraka Kilonzo, President of Kenya, President Tellis said the visit was timely.");
        records.Count.ShouldBe(2);
        var kenya = records.Single(r => r.Participants.Any(p => p.Country == "KE"));
        kenya.Participants.ShouldContain(p => p.Name == "Baraka Kilonzo");
        kenya.Sources.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Danish Foreign Minister Henrik Aalund will visit Chile next week.")]
    [InlineData("Danish Foreign Minister Henrik Aalund and Chilean Foreign Minister Rosa Ibarra are set to meet on Friday.")]
    [InlineData("Chilean Foreign Minister Rosa Ibarra invited Danish Foreign Minister Henrik Aalund to visit Chile.")]
    [InlineData("Rosa Ibarra hoped that she would finally be able to meet with Henrik Aalund in Copenhagen.")]
    public void Planned_or_hoped_engagements_are_not_reported(string sentence)
    {
        Extract(sentence).ShouldBeEmpty();
    }

    [Fact]
    public void Welcomed_to_a_country_is_a_visit()
    {
        var records = Extract("Chilean Foreign Minister Rosa Ibarra welcomed Danish Foreign Minister Henrik Aalund to Chile on 3 March.");
        var visit = records.ShouldHaveSingleItem();
        visit.Kind.ShouldBe("visit");
        visit.Participants.ShouldContain(p => p.Name == "Henrik Aalund");
        visit.Participants.ShouldContain(p => p.Country == "CL" && p.Role == "host");
    }

    [Fact]
    public void Meeting_on_the_sidelines_reports_attendance_too()
    {
        var records = Extract("Chilean President Orvan Tellis met with Danish Prime Minister Lise Moller on Tuesday on the sidelines of the 5th Harbour Summit.");
        records.Select(r => r.Kind).ShouldBe(["meeting", "event"], ignoreOrder: true);
        records.Single(r => r.Kind == "event").Participants.ShouldContain(p => p.Name == "Orvan Tellis");
    }

    [Fact]
    public void Counterparts_stop_at_a_new_predicate()
    {
        var records = Extract("Chilean President Orvan Tellis met Danish Prime Minister Lise Moller and discussed the release of Henrik Aalund.");
        var meeting = records.ShouldHaveSingleItem();
        meeting.Participants.Select(p => p.Name).ShouldBe(["Orvan Tellis", "Lise Moller"]);
    }

    [Fact]
    public void Reported_clause_has_its_own_subject()
    {
        var records = Extract("When meeting with Danish Prime Minister Lise Moller, Chilean President Orvan Tellis noted that Kenyan President Baraka Kilonzo has just had a visit to Denmark.");
        var visit = records.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Name == "Baraka Kilonzo");
        records.Single(r => r.Kind == "meeting").Participants.Select(p => p.Name).ShouldBe(["Orvan Tellis", "Lise Moller"], ignoreOrder: true);
    }

    [Fact]
    public void Discussions_with_a_person_are_a_meeting()
    {
        var records = Extract("Foreign Minister Rosa Ibarra of Chile discussed trade with the Prime Minister of Denmark Lise Moller.");
        var meeting = records.ShouldHaveSingleItem();
        meeting.Kind.ShouldBe("meeting");
        meeting.Participants.ShouldContain(p => p.Name == "Lise Moller");
    }

    [Fact]
    public void A_country_named_once_stays_with_the_person()
    {
        var records = Extract("Chilean President Orvan Tellis met with Danish Prime Minister Lise Moller on 4 March.\n\n"
            + "On 6 March, President Orvan Tellis held a phone call with Kenyan President Baraka Kilonzo.");
        records.Single(r => r.Kind == "call").Participants.Single(p => p.Name == "Orvan Tellis").Country.ShouldBe("CL");
    }

    [Fact]
    public void Condolences_in_a_run_go_to_the_same_recipient()
    {
        var records = Extract("Kenyan President Baraka Kilonzo sent condolences to Chile over the earthquake.\n\n"
            + "Danish Prime Minister Lise Moller expressed deep sorrow over the casualties.\n\n"
            + "She also sent her condolences to the families of the victims.");
        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r.Kind == "letter" && r.Participants.Any(p => p.Country == "CL" && p.Role == "recipient"));
        records.ShouldContain(r => r.Participants.Any(p => p.Name == "Lise Moller"));
    }

    [Fact]
    public void Coordinated_visitors_each_visit_and_the_inviter_does_not()
    {
        var records = Extract("At the invitation of Chilean Foreign Minister Orvan Tellis, Danish Foreign Minister Henrik Aalund and his Kenyan counterpart Baraka Kilonzo travelled to Chile on 3 April.");
        var visits = records.Where(r => r.Kind == "visit").ToList();
        visits.Count.ShouldBe(2);
        visits.SelectMany(v => v.Participants).Select(p => p.Name).ShouldNotContain("Orvan Tellis");
    }

    [Fact]
    public void Two_senders_in_one_sentence_stay_two_letters()
    {
        var records = Extract("King Abdel Karim Aziz and Crown Prince Karim Abdel Azziz sent their condolences to Chile.");
        records.Count(r => r.Kind == "letter").ShouldBe(2);
    }

    [Fact]
    public void A_short_title_takes_the_fuller_form_given_in_the_document()
    {
        var records = Extract("Chilean President Orvan Tellis met with Baraka Kilonzo, President of the Republic of Kenya, on 4 March.\n\n"
            + "On 6 March, President Baraka Kilonzo held a phone call with Danish Prime Minister Lise Moller.");
        records.Single(r => r.Kind == "call").Participants.Single(p => p.Name == "Baraka Kilonzo").Title.ShouldBe("President of the Republic of Kenya");
    }

    [Fact]
    public void An_office_holder_named_by_office_only_visits()
    {
        var records = Extract("The Foreign Secretary travelled to Chile on 3 April to attend the 5th Harbour Summit.");
        var visit = records.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Country == "CL" && p.Role == "host");
        visit.Participants.ShouldContain(p => p.Title == "Foreign Secretary");
    }

    [Fact]
    public void It_after_a_led_delegation_is_the_delegation()
    {
        var records = Extract("A delegation of the Harbour Party of Kenya led by Baraka Kilonzo visited Chile on 3 April.\n\n"
            + "It also held talks with Chilean Foreign Minister Orvan Tellis on 4 April.");
        var talks = records.Single(r => r.Kind == "talks");
        talks.Participants.ShouldContain(p => p.Name == "Baraka Kilonzo");
    }
}
