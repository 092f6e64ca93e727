using Amity.Extraction.Engagements;
using Amity.Extraction.Mentions;
using Amity.Extraction.Resolution;
using Amity.Extraction.Text;

namespace Amity.Extraction.Tests;

/// <summary>People, organisations and titles in fictional sentences (names invented for these tests).</summary>
public sealed class MentionTests
{
    private static SentenceMentions Mentions(string text, ArticleContext? context = null)
    {
        context ??= new ArticleContext();
        var sentence = SentenceSplitter.Split(text, 0, text.Length, 0).First(s => !s.IsHeadline || s.End > 0);
        var labelled = Labeller.Label(sentence, context.Acronyms.Keys.ToHashSet(StringComparer.Ordinal), context.CountriesNamed);
        var m = new SentenceMentions { Labelled = labelled };
        OrganisationFinder.Find(text, m, context.Acronyms);
        EventFinder.Find(text, m);
        PersonFinder.Find(text, m);
        return m;
    }

    private static PersonMention Person(SentenceMentions m, string name) =>
        m.Persons.FirstOrDefault(p => p.Name.Contains(name, StringComparison.Ordinal)) ?? throw new InvalidOperationException(string.Join("; ", m.Persons));

    [Fact]
    public void Organisation_keeps_its_complement_and_acronym()
    {
        var m = Mentions("Ilka Varro, Vice President of the Northern People's Association for Friendship with Foreign Countries (NPAFFC), met Tomas Berg.");
        m.Organisations.ShouldContain(o => o.Name == "Northern People's Association for Friendship with Foreign Countries (NPAFFC)");
        Person(m, "Varro").Title.ShouldBe("Vice President of the Northern People's Association for Friendship with Foreign Countries (NPAFFC)");
    }

    [Fact]
    public void Organisation_drops_the_title_words_before_it()
    {
        var m = Mentions("Secretary General of the Ruritania Union of Friendship Organizations (RUFO) Orsolya Pesti received the guests.");
        m.Organisations.ShouldContain(o => o.Name == "Ruritania Union of Friendship Organizations (RUFO)");
        var p = Person(m, "Pesti");
        p.Title.ShouldBe("Secretary General of the Ruritania Union of Friendship Organizations (RUFO)");
    }

    [Fact]
    public void Two_organisations_joined_by_and_the_stay_apart()
    {
        var m = Mentions("He praised the UPF and the Government of Kenya for their work.");
        m.Organisations.ShouldNotContain(o => o.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_with_a_list_of_portfolios_before_the_name()
    {
        var m = Mentions("He met Kenya's Education, Sports and Culture Minister Amos Odhiambo on Monday.");
        Person(m, "Odhiambo").Title.ShouldBe("Kenya's Education, Sports and Culture Minister");
        Person(m, "Odhiambo").Country.ShouldBe("KE");
    }

    [Fact]
    public void Academic_title_and_lord_are_not_part_of_the_office()
    {
        var m = Mentions("Minister of State Lord Felling met the Deputy Prime Minister of Kenya Professor Amos Odhiambo.");
        Person(m, "Felling").Title.ShouldBe("Minister of State");
        Person(m, "Odhiambo").Title.ShouldBe("Deputy Prime Minister of Kenya");
        Person(m, "Odhiambo").Country.ShouldBe("KE");
    }

    [Fact]
    public void Appositive_title_stops_at_the_next_titled_person()
    {
        var m = Mentions("In his letter to the President of Chile, Dr. Rosa Quintela, President Tellis said he was sad.");
        Person(m, "Quintela").Title.ShouldBe("President of Chile");
    }

    [Fact]
    public void Title_serving_a_person_keeps_that_person()
    {
        var m = Mentions("Anne Morel, diplomatic counselor to French President Jean Bastide, met Li Wen.");
        Person(m, "Morel").Title.ShouldBe("diplomatic counselor to French President Jean Bastide");
    }

    [Fact]
    public void Title_runs_through_a_governing_party_and_a_province()
    {
        var m = Mentions("Tellis met Amos Odhiambo, president of Kenya and the country's governing party, the Harbour National Congress (HNC), and Ming Haolan, Secretary of the Party Committee of Dak Nong province.");
        Person(m, "Odhiambo").Title.ShouldBe("president of Kenya and the country's governing party, the Harbour National Congress (HNC)");
        Person(m, "Odhiambo").Organisation.ShouldBe("Harbour National Congress (HNC)");
        Person(m, "Ming Haolan").Title.ShouldBe("Secretary of the Party Committee of Dak Nong province");
    }

    [Fact]
    public void Generic_body_is_no_organisation_but_a_named_one_is()
    {
        Person(Mentions("Foreign Office Minister Tom Felling visited Kenya."), "Felling").Organisation.ShouldBeNull();
        Person(Mentions("Rosa Quintela, Party Secretary and Chairperson of the Andean Friendship Society, arrived."), "Quintela").Organisation.ShouldBe("Andean Friendship Society");
    }

    [Fact]
    public void Party_acronym_after_a_titled_name_keeps_the_person()
    {
        Person(Mentions("President Rosa Maria Quintela (PT) met Li Wen."), "Quintela").Title.ShouldBe("President");
    }

    [Fact]
    public void Later_titles_combine_with_earlier_ones()
    {
        PersonResolver.Titles("Secretary of State", "Secretary").ShouldBe(("Secretary of State", "Secretary of State"));
        PersonResolver.Titles("President of Chile", "General Secretary and President of Chile").ShouldBe(("General Secretary and President of Chile", "General Secretary and President of Chile"));
        PersonResolver.Titles("Foreign Minister", "Mayor").ShouldBe(("Mayor", "Foreign Minister"));
    }

    [Fact]
    public void US_in_capitals_is_the_country_but_us_is_a_pronoun()
    {
        Person(Mentions("Tellis met US President Tom Walker."), "Walker").Country.ShouldBe("US");
        Mentions("Us and them, said Tellis.").Places.ShouldBeEmpty();
    }

    [Fact]
    public void Country_after_the_name_completes_the_title()
    {
        var p = Person(Mentions("Xi exchanged greetings with President Amos Odhiambo of the Republic of Kenya on Monday."), "Odhiambo");
        p.Title.ShouldBe("President of the Republic of Kenya");
        p.Country.ShouldBe("KE");
    }

    [Fact]
    public void Title_names_its_country_after_of_through_lower_case_words()
    {
        var p = Person(Mentions("Amos Odhiambo, President of the east African state of Kenya, arrived on Monday."), "Odhiambo");
        p.Title.ShouldBe("President of the east African state of Kenya");
        p.Country.ShouldBe("KE");
    }

    [Fact]
    public void Titled_people_listed_after_one_with_a_country_share_it()
    {
        var m = Mentions("King of Norway Harald Tveit, Princess Ingrid Solvang, Prime Minister Jonas Lunde sent condolences.");
        Person(m, "Solvang").Country.ShouldBe("NO");
        Person(m, "Lunde").Country.ShouldBe("NO");
        var n = Mentions("At the invitation of their Polish counterpart Jan Nowicki, Foreign Minister Tom Felling travelled to Poland.");
        Person(n, "Felling").Country.ShouldBeNull();
    }

    [Fact]
    public void Country_resolver_takes_the_one_free_nationality_and_the_dateline()
    {
        var m = Mentions("Chinese President Wen Li sent a message to Tom Walker to congratulate him on his election as US president.");
        var participants = new List<Participant>
        {
            new() { Name = "Wen Li", Country = "CN" },
            new() { Name = "Tom Walker", Side = 1 },
        };
        CountryResolver.Fill(participants, m, new ArticleContext());
        participants[1].Country.ShouldBe("US");

        var topic = Mentions("Prime Minister Tom Felling met French President Jean Bastide and discussed Afghanistan.");
        var two = new List<Participant> { new() { Name = "Tom Felling" }, new() { Name = "Jean Bastide", Country = "FR" } };
        CountryResolver.Fill(two, topic, new ArticleContext());
        two[0].Country.ShouldBeNull();
        CountryResolver.Fill(two, topic, new ArticleContext { DatelineCity = new Amity.Extraction.Lexicons.PlaceEntry(Amity.Extraction.Lexicons.PlaceKind.City, "GB", "London") });
        two[0].Country.ShouldBe("GB");
    }

    [Fact]
    public void Party_organs_and_bare_acronyms()
    {
        var m = Mentions("Tellis met Ivan Petrov, deputy chairman of the Central Committee of the Communist Party of the Russian Federation.");
        Person(m, "Petrov").Organisation.ShouldBe("Communist Party of the Russian Federation");
        var n = Mentions("He met Amos Odhiambo, president of Kenya and the Harbour National Congress (HNC), and Jane Wanjiru, deputy president of Kenya and the HNC.");
        Person(n, "Wanjiru").Organisation.ShouldBe("Harbour National Congress");
        Person(n, "Wanjiru").Country.ShouldBe("KE");
        var o = Mentions("Mira Tan, Secretary of the Party Central Committee and Chairwoman of its Commission for Mass Mobilisation, arrived.");
        Person(o, "Mira Tan").Organisation.ShouldBeNull();
    }

    [Fact]
    public void Common_word_surname_after_a_title_and_compounds_are_no_people()
    {
        var m = Mentions("South Korean Foreign Minister Park Minsu praised China-Kenya relations.");
        Person(m, "Park Minsu").Title.ShouldBe("South Korean Foreign Minister");
        m.Persons.ShouldNotContain(p => p.Name.Contains("Kenya", StringComparison.Ordinal));
    }

    [Fact]
    public void Descriptive_title_gives_way_to_the_appositive()
    {
        var p = Person(Mentions("Kenya's top legislator Amos Odhiambo, Speaker of the National Assembly, met the guests."), "Odhiambo");
        p.Title.ShouldBe("Speaker of the National Assembly");
        Person(Mentions("Since President Amos Odhiambo took office, trade grew."), "Odhiambo").Title.ShouldBe("President");
    }

    [Fact]
    public void Place_narrows_to_an_event_city_a_trip_or_the_dateline()
    {
        var context = new ArticleContext();
        PlaceResolver.Refine("Azerbaijan", Mentions("President Aliyev met the delegation at the 7th Global Baku Forum in March."), context, null).ShouldBe("Baku");
        PlaceResolver.Refine(null, Mentions("On his first trip to the US as Prime Minister, Tom Felling met Jean Bastide."), context, null).ShouldBe("United States");
        context.DatelineCity = new Amity.Extraction.Lexicons.PlaceEntry(Amity.Extraction.Lexicons.PlaceKind.City, "CN", "Beijing");
        PlaceResolver.Refine("China", Mentions("Wen Li met Jean Bastide on Friday."), context, null).ShouldBe("Beijing");
        PlaceResolver.Refine("China", Mentions("Wen Li met here today with Jean Bastide, who was in China for a forum."), context, "China").ShouldBe("Beijing");
        PlaceResolver.Refine("South Africa", Mentions("During his stay in South Africa, Wen Li met Amos Odhiambo."), new ArticleContext(), "South Africa").ShouldBe("South Africa");
    }

    [Fact]
    public void Home_country_from_the_article_own_institutions_and_the_one_other_country()
    {
        var context = new ArticleContext();
        CountryResolver.NoteHome(Mentions("Tom Felling is representing the British government at the summit."), context);
        CountryResolver.NoteHome(Mentions("The British Embassy welcomed the guests."), context);
        var c = new Candidate { Kind = Amity.Domain.EngagementKind.Meeting };
        c.Participants.Add(new Participant { Name = "Tom Felling" });
        c.Participants.Add(new Participant { Name = "Amos Odhiambo", Country = "KE", Side = 1 });
        CountryResolver.FillHome([c], context);
        c.Participants[0].Country.ShouldBe("GB");

        var other = new ArticleContext();
        other.CountriesNamed.Add("VN");
        other.CountriesNamed.Add("US");
        var d = new Candidate { Kind = Amity.Domain.EngagementKind.Meeting };
        d.Participants.Add(new Participant { Name = "Lan Pham", Country = "VN" });
        d.Participants.Add(new Participant { Name = "Tom Walker", Side = 1 });
        CountryResolver.FillHome([d], other);
        d.Participants[1].Country.ShouldBe("US");
    }

    [Fact]
    public void Secretary_of_state_alone_is_american()
    {
        Person(Mentions("Secretary of State Tom Walker spoke with Jean Bastide."), "Walker").Country.ShouldBe("US");
    }

    [Fact]
    public void Dashed_country_compounds_in_organisations_and_titles()
    {
        var m = Mentions("Lan Pham, President of the Vietnam–Norway Friendship Association (VNFA), attended.");
        Person(m, "Lan Pham").Title.ShouldBe("President of the Vietnam–Norway Friendship Association (VNFA)");
        Person(m, "Lan Pham").Organisation.ShouldBe("Vietnam–Norway Friendship Association (VNFA)");
    }

    [Fact]
    public void Name_parts_that_are_function_words_or_cities()
    {
        var m = Mentions("On 8 April she met with Do Quang Vinh, Director of the Office for People-to-People Diplomacy (OPPD).");
        m.Persons.ShouldContain(p => p.Name == "Do Quang Vinh");
    }

    [Fact]
    public void Office_one_was_elected_to_and_a_title_led_by_its()
    {
        Person(Mentions("Gao sent a letter to Amos Odhiambo on his election as Chairman of the Harbour Alliance (HA) at the congress."), "Odhiambo")
            .Title.ShouldBe("Chairman of the Harbour Alliance (HA)");
        Person(Mentions("A delegation of the Harbour Alliance led by its Chairperson, Hon. Njeri Wanjiru, visited China."), "Wanjiru").Title.ShouldBe("Chairperson");
        Person(Mentions("Shen Ming, President of the Huaxin Institute (HI) in Beijing, spoke."), "Shen").Title.ShouldBe("President of the Huaxin Institute (HI)");
    }

    [Fact]
    public void Acronym_organisations_carry_their_country_and_a_specific_party_drops_its_country()
    {
        var context = new ArticleContext();
        Mentions("A delegation of the Harbour Progressive Alliance of Kenya (HPA) arrived.", context);
        var m = Mentions("Wen Li held talks with HPA Chairman Amos Odhiambo.", context);
        Person(m, "Odhiambo").Country.ShouldBe("KE");
        Mentions("Tellis met the leader of the Andean Horizons Party of Peru.").Organisations.ShouldContain(o => o.Name == "Andean Horizons Party" && o.Country == "PE");
        Mentions("Tellis met the leader of the Communist Party of Peru.").Organisations.ShouldContain(o => o.Name == "Communist Party of Peru");
    }

    [Fact]
    public void Group_takes_the_organisation_before_delegation()
    {
        var context = new ArticleContext();
        Mentions("Wen Li is President of the Northern Institute of Foreign Affairs (NIFA).", context);
        var m = Mentions("President Amos Odhiambo met the NIFA delegation in Nairobi.", context);
        var group = new Participant { Name = "delegation", IsGroup = true, Side = 1 };
        CountryResolver.Fill([new Participant { Name = "Amos Odhiambo", Country = "KE" }, group], m, context);
        group.Organisation.ShouldBe("Northern Institute of Foreign Affairs");
    }
}
