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

    [Fact]
    public void A_memorandum_signed_between_two_organisations_is_an_agreement()
    {
        var records = Extract("On 4 March 2024, a Memorandum of Understanding was signed between the Harbour Friendship Society and the Andes Cultural Association.");
        var agreement = records.ShouldHaveSingleItem();
        agreement.Kind.ShouldBe("agreement");
        agreement.Date.ShouldBe("2024-03-04");
        agreement.Participants.Count.ShouldBe(2);
    }

    [Fact]
    public void A_joint_statement_headline_names_the_two_countries_of_its_compound()
    {
        var records = Extract("Chile-Kenya Strategic Dialogue Joint Outcomes Statement\n\n"
            + "Chilean Foreign Minister Orvan Tellis met Kenyan Foreign Minister Baraka Kilonzo in Nairobi on 4 March 2024.");
        var agreement = records.Single(r => r.Kind == "agreement");
        agreement.Participants.Select(p => p.Country).ShouldBe(["CL", "KE"], ignoreOrder: true);
        agreement.Date.ShouldBe("2024-03-04");
    }

    [Fact]
    public void A_noun_trigger_reaches_counterparts_only_through_with()
    {
        var records = Extract("Chilean Foreign Minister Orvan Tellis, Kenyan Foreign Minister Baraka Kilonzo and Danish Foreign Minister Henrik Aalund held a video call on 4 March about the Chile-Kenya summit.");
        var call = records.ShouldHaveSingleItem();
        call.Participants.Select(p => p.Name).ShouldBe(["Orvan Tellis", "Baraka Kilonzo", "Henrik Aalund"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("President Orvan Tellis and President Baraka Kilonzo have had five phone calls since 2020.")]
    [InlineData("Chilean President Orvan Tellis has visited Kenya several times.")]
    [InlineData("Chilean President Orvan Tellis frequently attended the Harbour Friendship Forum.")]
    public void Counted_or_habitual_engagements_are_not_one_engagement(string sentence)
    {
        Extract(sentence).ShouldBeEmpty();
    }

    [Fact]
    public void Her_visit_goes_to_the_country_the_article_named()
    {
        var records = Extract("Chilean Foreign Minister Orvan Tellis is on a working visit to Kenya from 3 to 6 March 2024.\n\n"
            + "Tellis said his visit would deepen the friendship.");
        records.Count(r => r.Kind == "visit").ShouldBe(1);
        var records2 = Extract("NAIROBI, Kenya: Chilean Foreign Minister Orvan Tellis met Kenyan Foreign Minister Baraka Kilonzo on 4 March 2024.\n\n"
            + "Tellis said his visit had deepened the friendship.");
        var visit = records2.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Country == "KE" && p.Role == "host");
        visit.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
    }

    [Fact]
    public void The_quoted_visit_belongs_to_its_leader_not_to_the_speaker()
    {
        var records = Extract("The Harbour Party is undertaking a working visit to Kenya which began on 3 March 2024.\n\n"
            + "The party's spokesperson Lise Moller said in a statement: \u201cThe visit follows an invitation from our friends.\u201d\n\n"
            + "Moller said the visit led by Henrik Aalund would last four days.");
        records.ShouldNotContain(r => r.Kind == "visit" && r.Participants.Any(p => p.Name == "Lise Moller"));
        records.ShouldContain(r => r.Kind == "visit" && r.Participants.Any(p => p.Name == "Henrik Aalund"));
    }

    [Fact]
    public void Courtesy_visits_are_meetings_with_each_named_host()
    {
        var records = Extract("A delegation of the Harbour Party led by Henrik Aalund is on a working visit to Kenya on 3 March 2024.\n\n"
            + "The delegation paid courtesy visits to Kenyan President Baraka Kilonzo and Kenyan Prime Minister Amani Otieno.\n\n"
            + "It also held talks with Kenyan Foreign Minister Wanjiru Mbeki.");
        var meetings = records.Where(r => r.Kind is "meeting" or "talks").ToList();
        meetings.Count.ShouldBe(3);
        meetings.ShouldAllBe(r => r.Participants.Any(p => p.Name == "Henrik Aalund"));
        records.Count(r => r.Kind == "visit").ShouldBe(1);
    }

    [Fact]
    public void A_hosted_delegation_from_a_country_is_a_visit()
    {
        var records = Extract("The Ministry of Youth is hosting the 50-member Youth Delegation from Chile in Kenya from 3 to 9 March 2024.");
        var visit = records.ShouldHaveSingleItem();
        visit.Kind.ShouldBe("visit");
        visit.Participants.ShouldContain(p => p.Country == "KE" && p.Role == "host");
        visit.Participants.ShouldContain(p => p.Country == "CL" && p.Role == "guest");
    }

    [Fact]
    public void Meetings_with_named_officials_are_one_each()
    {
        var records = Extract("On 5 March 2024, the Chilean participants attended meetings in Nairobi with Kenyan Foreign Minister Baraka Kilonzo and Kenyan Trade Minister Amani Otieno.");
        records.Count(r => r.Kind == "meeting").ShouldBe(2);
    }

    [Fact]
    public void A_held_dialogue_round_names_the_following_meeting()
    {
        var records = Extract("The Third Chile-Kenya Strategic Dialogue was held in Nairobi on 4 March 2024. "
            + "Chilean Foreign Minister Orvan Tellis and Kenyan Foreign Minister Baraka Kilonzo met to exchange views.");
        var meeting = records.Single(r => r.Kind is "meeting" or "talks");
        meeting.EventName.ShouldNotBeNull();
        meeting.EventName.ShouldContain("Third Chile-Kenya Strategic Dialogue");
        meeting.Date.ShouldBe("2024-03-04");
    }

    [Fact]
    public void A_visit_to_the_country_named_by_its_kind_goes_to_the_other_country_named()
    {
        var records = Extract("When meeting with Kenyan President Baraka Kilonzo on 4 March, Tellis noted that Chilean President Orvan Tellis has just had a successful visit to the East African country.");
        var visit = records.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Country == "KE" && p.Role == "host");
        visit.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
    }

    [Fact]
    public void A_counterpart_who_is_in_the_country_is_visiting_it()
    {
        var records = Extract("Kenyan Foreign Minister Baraka Kilonzo met with Orvan Tellis, President of the Harbour Party of Chile, who was in Kenya for the Harbour Friendship Forum, on 4 March.");
        var visit = records.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Country == "KE" && p.Role == "host");
        visit.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
    }

    [Fact]
    public void People_listed_after_an_unnamed_group_meeting_are_met_each()
    {
        var records = Extract("On 4 March 2024, Chilean Foreign Minister Orvan Tellis met separately with friendly personages in Kenya. "
            + "Among them were Baraka Kilonzo, Member of the Kenyan Parliament, and Amani Otieno, Mayor of Nairobi.");
        var meetings = records.Where(r => r.Kind == "meeting").ToList();
        meetings.Count.ShouldBe(2);
        meetings.ShouldAllBe(r => r.Participants.Any(p => p.Name == "Orvan Tellis") && r.Date == "2024-03-04");
    }

    [Fact]
    public void Representatives_of_an_organisation_are_one_counterpart()
    {
        var records = Extract("On 5 March 2024, Chilean Foreign Minister Orvan Tellis met with Kenyan Foreign Minister Baraka Kilonzo and representatives of the Harbour Institute of Strategic Studies in Nairobi.");
        records.Count(r => r.Kind == "meeting").ShouldBe(2);
        records.ShouldContain(r => r.Participants.Any(p => p.Name != null && p.Name.StartsWith("representatives of", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_doctrine_named_after_a_person_is_no_person()
    {
        var records = Extract("Guided by Baraka Kilonzo Thought, the party has grown. In his message to the 3rd Harbour Friendship Forum held in June last year, President Kilonzo praised its work.", "2021-01-02");
        records.ShouldNotContain(r => r.Participants.Any(p => p.Name != null && p.Name.Contains("Thought", StringComparison.Ordinal)));
        var letter = records.Single(r => r.Kind == "letter");
        letter.Participants.ShouldContain(p => p.Name != null && p.Name.EndsWith("Kilonzo", StringComparison.Ordinal));
        letter.Date.ShouldBe("2020-06");
    }

    [Fact]
    public void An_event_name_runs_on_through_a_commemorative_complement()
    {
        var records = Extract("On May 5, 2021, when attending the Harbour Friendship Conference in Commemoration of the 40th Anniversary of the Kenyan Rowing Society, Kenyan President Baraka Kilonzo said friendship matters.");
        var ev = records.ShouldHaveSingleItem();
        ev.EventName.ShouldBe("Harbour Friendship Conference in Commemoration of the 40th Anniversary of the Kenyan Rowing Society");
    }

    [Fact]
    public void People_signing_for_countries_make_their_countries_the_sides()
    {
        var records = Extract("Tellis signs agreements with Kilonzo in Nairobi\n\n"
            + "Chilean President Orvan Tellis met on Friday with the Kenyan leader, Baraka Kilonzo.\n\nThe two signed agreements the same morning.");
        var agreement = records.Single(r => r.Kind == "agreement");
        agreement.Participants.Where(p => p.Title is null).Select(p => p.Country).ShouldBe(["CL", "KE"], ignoreOrder: true);
        agreement.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
    }

    [Fact]
    public void Nationality_and_office_alone_name_the_one_such_person()
    {
        var records = Extract("Chilean President Orvan Tellis met on Friday with the Kenyan leader, Baraka Kilonzo, in Nairobi.\n\n"
            + "He was received again by the Kenyan President and his wife Amani Kilonzo on Saturday.");
        var meetings = records.Where(r => r.Kind == "meeting").ToList();
        meetings.ShouldAllBe(r => r.Participants.Any(p => p.Name == "Baraka Kilonzo"));
        meetings.SelectMany(r => r.Participants).Where(p => p.Name == "Amani Kilonzo").ShouldAllBe(p => p.Country == "KE");
        records.ShouldNotContain(r => r.Participants.Any(p => p.Name == "Amani Kilonzo" && p.Role == "host") && r.Participants.Count == 2);
    }

    [Fact]
    public void Interviewee_is_the_I_of_the_answers()
    {
        var records = Extract("Interview with Mr.Orvan Tellis, President of the Chilean Friendship Institute.\n\n"
            + "This June and September, I attended the IX Global Harbour Forum and the XII High-Level Meeting via video link.", "2022-11-15");
        records.Count.ShouldBe(2);
        records.ShouldAllBe(r => r.Kind == "event" && r.Participants.Any(p => p.Name == "Orvan Tellis"));
        records.Single(r => r.EventName == "IX Global Harbour Forum").Date.ShouldBe("2022-06");
        records.Single(r => r.EventName == "XII High-Level Meeting").Date.ShouldBe("2022-09");
    }

    [Fact]
    public void A_visit_with_a_delegation_is_led_by_its_leader()
    {
        var records = Extract("Prof. Mira Santos traveled to Nairobi, Kenya, with the Chilean Friendship Institute (CFI) Delegation, November 8-14, 2022.\n\n"
            + "Led by Mr. Orvan Tellis, President of the CFI, the delegation included Dr. Rosa Ibarra.\n\n"
            + "On November 12, the delegation attended the Third Meeting of the Kenya-Chile Friendship Forum jointly held by the CFI and the Kenya Harbour Foundation (KHF).", "2022-12-01");
        var visit = records.Single(r => r.Kind == "visit");
        visit.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
        visit.Participants.ShouldContain(p => p.Name == "Mira Santos");
        var forum = records.Single(r => r.Kind == "event");
        forum.Participants.ShouldContain(p => p.Name == "Orvan Tellis");
        forum.Participants.ShouldContain(p => p.Name!.Contains("Kenya Harbour Foundation") && p.Role == "host");
    }

    [Fact]
    public void Speakers_at_named_events_attended_them()
    {
        var records = Extract("The initiative was put forward by Tellis at the Harbour Forum for Asia Annual Conference in April 2022.", "2024-03-10");
        var ev = records.ShouldHaveSingleItem();
        ev.Kind.ShouldBe("event");
        ev.Date.ShouldBe("2022-04");
        ev.Participants.ShouldHaveSingleItem().Role.ShouldBe("speaker");
    }

    [Fact]
    public void Announced_engagements_are_not_records()
    {
        var records = Extract("During the visit to Kenya, the delegation will visit Mombasa Temple, Lamu Temple and attend the conference on trade at Nairobi University on October 23.");
        records.ShouldNotContain(r => r.Kind == "event");
    }

    [Fact]
    public void Meeting_his_guest_reports_a_meeting_with_the_visitor()
    {
        var records = Extract("Baraka Kilonzo, President of Kenya, paid a state visit to Chile from February 27-March 2.\n\n"
            + "Meeting his guest on February 28, Orvan Tellis noted that Chile and Kenya enjoy a long friendship.");
        var meeting = records.Single(r => r.Kind == "meeting");
        meeting.Date.ShouldBe("2024-02-28");
        meeting.Participants.Select(p => p.Name).ShouldBe(["Orvan Tellis", "Baraka Kilonzo"], ignoreOrder: true);
    }

    [Fact]
    public void Everyday_country_names_are_countries()
    {
        var records = Extract("Chilean Foreign Minister Rosa Ibarra paid a visit to Turkey from 3 to 5 March.", "2024-03-10");
        records.ShouldHaveSingleItem().Participants.ShouldContain(p => p.Country == "TR" && p.Role == "host");
    }

    [Fact]
    public void Appeals_and_habits_are_not_engagements()
    {
        var records = Extract("President Orvan Tellis called on the friendship groups of Chile and Kenya to further expand their exchanges.\n\n"
            + "Tellis has frequently attended or sent congratulatory letters to the Chile-Kenya People's Forum.");
        records.ShouldBeEmpty();
    }

    [Fact]
    public void A_possessive_visitor_is_the_visitor_whoever_speaks()
    {
        var records = Extract("Welcoming Mr. Baraka Kilonzo, the President of Kenya, President Orvan Tellis said Mr. Kilonzo’s visit to Chile in January 2024 was a first.");
        records.ShouldNotContain(r => r.Kind == "visit" && r.Participants.Any(p => p.Name == "Orvan Tellis" && p.Role == "guest"));
        records.ShouldContain(r => r.Kind == "visit" && r.Participants.Any(p => p.Name == "Baraka Kilonzo"));
    }

    [Fact]
    public void The_two_sides_are_the_pair_named_before()
    {
        var records = Extract("In 2023, Chile and the EU made new progress in their relations.\n\nThe two sides signed the agreement on geographical indications.");
        var agreement = records.ShouldHaveSingleItem();
        agreement.Kind.ShouldBe("agreement");
        agreement.Participants.ShouldContain(p => p.Country == "CL");
        agreement.Participants.ShouldContain(p => p.Name == "European Union");
    }
}
