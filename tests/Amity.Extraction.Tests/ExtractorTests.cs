using Amity.Domain.Records;
using Amity.Extraction;

namespace Amity.Extraction.Tests;

/// <summary>Fictional readouts (names invented for these tests) in the styles real readouts take.</summary>
public sealed class ExtractorTests
{
    private static IReadOnlyList<EngagementRecord> Extract(string text, string published = "2024-03-10") =>
        new ReadoutExtractor().Extract(new ReadoutDocument("t.txt", text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dateline_meeting_with_titles_and_delegation()
    {
        var text = "Orvan Tellis Meets with a Delegation of the Harbour Party of Kenya\n\n"
            + "Nairobi, February 27th—Orvan Tellis, Minister of the International Liaison Department of the Unity Party (ILD), met here today with a delegation of the Harbour Party (HP) of Kenya led by Baraka Kilonzo, Secretary General of the HP.\n\n"
            + "Tellis said the two parties are friends.";
        var records = Extract(text);
        var meeting = records.ShouldHaveSingleItem();
        meeting.Kind.ShouldBe("meeting");
        meeting.Date.ShouldBe("2024-02-27");
        meeting.Place.ShouldBe("Nairobi");
        meeting.Participants.Select(p => p.Name).ShouldBe(["Orvan Tellis", "Baraka Kilonzo"]);
        meeting.Participants[0].Title.ShouldBe("Minister of the International Liaison Department of the Unity Party (ILD)");
        meeting.Participants[1].Country.ShouldBe("KE");
        meeting.Sources.Count.ShouldBe(2); // the headline and the dateline sentence
        foreach (var s in meeting.Sources)
        {
            text[s.Start..s.End].ShouldContain("Tellis");
        }
    }

    [Fact]
    public void Weekday_in_a_wire_dateline_resolves_against_it()
    {
        var records = Extract("BEIJING, Feb. 28 (Newswire) -- Vice Premier Dong Meiling met with Norwegian Foreign Minister Eirik Halvorsen in Beijing on Wednesday.");
        var meeting = records.ShouldHaveSingleItem();
        meeting.Date.ShouldBe("2024-02-28");
        meeting.Participants[1].Country.ShouldBe("NO");
        meeting.Participants[0].Title.ShouldBe("Vice Premier");
    }

    [Fact]
    public void Following_day_counts_from_the_previous_engagement()
    {
        var records = Extract("On February 27 Orvan Tellis, President of the Unity Institute, met with Kenyan Senator Baraka Kilonzo in Nairobi.\n\nThe following day Kilonzo met with Mira Santos, Mayor of Mombasa.");
        records.Count.ShouldBe(2);
        records[1].Date.ShouldBe("2024-02-28");
    }

    [Fact]
    public void Phone_call_letter_and_visit()
    {
        var records = Extract("Chilean Foreign Minister Rosa Ibarra on Tuesday held a phone conversation with Danish Foreign Minister Henrik Aalund.\n\n"
            + "On the same day, Danish Prime Minister Lise Moller sent a message to Rosa Ibarra to congratulate her.\n\n"
            + "Henrik Aalund paid an official visit to Chile from 3 to 5 March.", "2024-03-01");
        records.Select(r => r.Kind).ShouldBe(["call", "letter", "visit"], ignoreOrder: true);
        var visit = records.Single(r => r.Kind == "visit");
        visit.Date.ShouldBe("2024-03-03");
        visit.EndDate.ShouldBe("2024-03-05");
        visit.Participants.ShouldContain(p => p.Name == "Chile" && p.Country == "CL");
        records.Single(r => r.Kind == "call").Mode.ShouldBe("phone");
        records.Single(r => r.Kind == "letter").Mode.ShouldBe("written");
    }

    [Fact]
    public void No_date_gives_null()
    {
        var records = new ReadoutExtractor().Extract(new ReadoutDocument("t", "Foreign Minister Rosa Ibarra met with Henrik Aalund, Foreign Minister of Denmark.", null));
        records.ShouldHaveSingleItem().Date.ShouldBeNull();
    }

    [Fact]
    public void Cross_document_merger_joins_two_reports()
    {
        var a = Extract("BEIJING, Feb. 28 (Newswire) -- Vice Premier Dong Meiling met with Norwegian Foreign Minister Eirik Halvorsen in Beijing on Wednesday.");
        var b = new ReadoutExtractor().Extract(new ReadoutDocument("u.txt", "On February 28, Dong Meiling met Eirik Halvorsen.", new DateOnly(2024, 3, 1)));
        var merged = RecordMerger.Merge([.. a, .. b]);
        merged.ShouldHaveSingleItem().Sources.Select(s => s.Document).ShouldBe(["t.txt", "u.txt"]);
    }

    [Fact]
    public void Records_are_valid_by_the_domain_rules()
    {
        var records = Extract("Chilean Foreign Minister Rosa Ibarra on Tuesday held a phone conversation with Danish Foreign Minister Henrik Aalund.");
        foreach (var r in records)
        {
            RecordRules.Validate(r).ShouldBeEmpty();
            r.Confidence.ShouldNotBeNull().ShouldBeInRange(0, 1);
        }
    }

    [Fact]
    public void A_ministrys_own_release_names_its_officials_without_a_nationality()
    {
        const string text = "On 5 May 2026, Minister Thandeka Vilakazi held bilateral talks with her counterpart Oskar Lindqvist, Minister for Foreign Affairs of Sweden, in Stockholm.";
        Participant(Published(text, "South Africa DIRCO (via a wire service)"), "Thandeka Vilakazi").Country.ShouldBe("ZA");
        Participant(Published(text, url: "https://www.example.gov.za/releases/1"), "Thandeka Vilakazi").Country.ShouldBe("ZA", "a country code ends the address");
        Participant(Published(text, url: "https://news.example.tv/1"), "Thandeka Vilakazi").Country.ShouldBeNull("a code sold as a generic address says nothing");
        Participant(Published(text, "A news agency"), "Oskar Lindqvist").Country.ShouldBe("SE");
    }

    [Fact]
    public void A_title_in_the_party_of_a_one_party_state_is_held_in_that_party()
    {
        var records = Extract("Hanoi, May 3 — Tran Minh Duc, member of the Party Central Committee and head of its Commission for External Relations, " +
            "met with Amara Diallo, Secretary General of the Guinean Workers' Union, in Hanoi today.");
        Participant(records, "Tran Minh Duc").Organization.ShouldBe("Communist Party of Vietnam (CPV)");
        Participant(records, "Amara Diallo").Organization.ShouldNotBe("Communist Party of Vietnam (CPV)");
    }

    [Fact]
    public void A_shared_demonym_is_the_country_the_article_names()
    {
        var records = Extract("Beijing, June 2 — Wu Hongbo, Vice Minister of the Liaison Office, met here today with Albert Moukoko, " +
            "Secretary General of the Congolese Party of Renewal. Both sides spoke positively of China-Congo relations.");
        Participant(records, "Albert Moukoko").Country.ShouldBe("CG", "the article's Congo is the Republic of the Congo");
    }

    private static IReadOnlyList<EngagementRecord> Published(string text, string? publisher = null, string? url = null) =>
        new ReadoutExtractor().Extract(new ReadoutDocument("t.txt", text, new DateOnly(2026, 5, 6), publisher, url));

    private static ParticipantRecord Participant(IReadOnlyList<EngagementRecord> records, string name) =>
        records.SelectMany(r => r.Participants).First(p => p.Name == name);

    [Fact]
    public void Organisations_named_with_international_sign_a_memorandum()
    {
        var records = Extract("Twin Towns International and the Northern People's Association for Friendship (NPAF) signed a Memorandum of Understanding (MoU) today in Chengdu.");
        var agreement = records.ShouldHaveSingleItem();
        agreement.Kind.ShouldBe("agreement");
        agreement.Date.ShouldBe("2024-03-10");
        agreement.Participants.Select(p => p.Name).ShouldBe(["Twin Towns International", "Northern People's Association for Friendship (NPAF)"]);
    }

    [Fact]
    public void A_list_of_agreements_between_pairs_gives_one_record_each()
    {
        var text = "KUNMING, March 9: The two provinces signed four memorandums of understanding yesterday.\n\n"
            + "They were the Friendship City Agreement between Sarawak City Council and Dali City; education cooperation between Borneo Institute of Letters and Yunnan University as well as library cooperation between Pustaka Rimba and Yunnan Provincial Library.";
        var records = Extract(text).Where(r => r.Kind == "agreement" && r.Participants.Count == 2 && !r.Participants.Any(p => p.Name is "China" or "Malaysia")).ToList();
        records.Select(r => string.Join(" + ", r.Participants.Select(p => p.Name))).ShouldBe(
        [
            "Sarawak City Council + Dali City",
            "Borneo Institute of Letters + Yunnan University",
            "Pustaka Rimba + Yunnan Provincial Library",
        ]);
        records.ShouldAllBe(r => r.Date == "2024-03-08");
        records[0].Participants.Select(p => p.Country).ShouldBe(["MY", "CN"]);
        records[1].Participants[1].Country.ShouldBe("CN");
    }

    [Fact]
    public void Provinces_and_states_give_nationality_and_Malay_styles_stay_out_of_names()
    {
        var records = Extract("Chief Minister Datuk Amar Abang Tellis Tun Orang met Yunnan Provincial governor Ruang Chengfa in Kunming on Monday.");
        var meeting = records.ShouldHaveSingleItem();
        meeting.Participants.Select(p => p.Name).ShouldBe(["Abang Tellis Tun Orang", "Ruang Chengfa"]);
        meeting.Participants[1].Country.ShouldBe("CN");
    }

    [Fact]
    public void The_last_day_of_a_range_told_before_dates_what_happened_on_it()
    {
        var text = "Nairobi: The Ministry of Youth is hosting the 80-member Youth Delegation from Ruritania in Kenya from 12th to 19th October 2022. "
            + "On the last day, Minister Amos Odhiambo hosted a dinner in honour of the delegation today in Nairobi.";
        var dinner = Extract(text, "2022-10-20").Where(r => r.Kind == "event").ShouldHaveSingleItem();
        dinner.Date.ShouldBe("2022-10-19");
    }

    [Fact]
    public void An_agreement_referred_to_is_no_signing()
    {
        var records = Extract("Minister Tellis stressed the importance of implementing the Agreement between Kenya and Norway.");
        records.ShouldNotContain(r => r.Kind == "agreement");
    }

    [Fact]
    public void An_event_convened_by_two_organisations_is_theirs_and_dated_after_its_name()
    {
        var records = Extract("Leading experts from Kenya and Norway attended a series of talks at the 9th annual Kenya-Norway Track II Maritime Dialogue, convened by the Council on Kenya-Norway Relations and the Nordic Foundation for Strategic Studies in Yunnan, October 20-22, 2025.");
        var dialogue = records.Where(r => r.Kind == "event").ShouldHaveSingleItem();
        dialogue.Date.ShouldBe("2025-10-20");
        dialogue.EndDate.ShouldBe("2025-10-22");
        dialogue.Place.ShouldBe("Yunnan");
        dialogue.Participants.Select(p => p.Name).ShouldBe(["Council on Kenya-Norway Relations", "Nordic Foundation for Strategic Studies"]);
    }

    [Fact]
    public void A_presentation_delivered_at_a_described_event_in_a_named_hall()
    {
        var records = Extract("The following is the text of the presentation delivered by Tomas Berg, co-editor of Friends of Socialist Kenya, at a round-table discussion on Kenya's foreign policy, held on 20 February 2024 at Bolivar Hall in London.");
        var talk = records.Where(r => r.Kind == "event").ShouldHaveSingleItem();
        talk.EventName.ShouldBe("round-table discussion on Kenya's foreign policy");
        talk.Date.ShouldBe("2024-02-20");
        talk.Place.ShouldBe("London");
        talk.Participants[0].Name.ShouldBe("Tomas Berg");
        talk.Participants[0].Organization.ShouldBe("Friends of Socialist Kenya");
        talk.Participants[0].Country.ShouldBeNull();
    }

    [Fact]
    public void A_sentence_opening_at_a_numbered_session_of_a_forum_names_its_speaker()
    {
        var records = Extract("During the opening ceremony of the sixth ministerial meeting of the Kenya-Nordic Cooperation Forum on 5 March, President Amos Odhiambo proposed a new fund.");
        var forum = records.Where(r => r.Kind == "event").ShouldHaveSingleItem();
        forum.EventName.ShouldBe("sixth ministerial meeting of the Kenya-Nordic Cooperation Forum");
        forum.Date.ShouldBe("2024-03-05");
        forum.Participants.ShouldHaveSingleItem().Name.ShouldBe("Amos Odhiambo");
        forum.Participants[0].Role.ShouldBe("speaker");
    }
}
