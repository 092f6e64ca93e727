using System.Collections.Frozen;

namespace Amity.Extraction.Lexicons;

/// <summary>
/// General English vocabulary of diplomatic reporting, lower case. Not names: these lists say what kind of word
/// a capitalised token is (title, organisation head, event head, ordinary word), so that the rest can be names.
/// </summary>
internal static class Words
{
    private static FrozenSet<string> Set(string words) =>
        words.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that head a title ("Minister", "General Secretary").</summary>
    public static readonly FrozenSet<string> TitleHeads = Set("""
        president vice-president president-elect premier vice-premier minister vice-minister ministers secretary
        secretary-general chairman vice-chairman chairwoman chairperson chair co-chair co-chairman co-chairs head director
        director-general ambassador governor vice-governor mayor speaker king queen prince princess emir amir sultan sheikh
        emperor empress monarch councilor councillor counselor counsellor adviser advisor envoy member members commissioner
        dean professor chief officer representative senator spokesperson spokesman spokeswoman consul consul-general
        charge d'affaires d’affaires patron patron-in-chief treasurer founder editor co-editor convenor manager fellow
        chancellor vice-chancellor judge justice attorney marshal admiral commander delegate coordinator rector
        patriarch archbishop bishop legislator lawmaker mp leader leaders deputy premier secretary-general
        secretaries vice-chair chairmen presidents author researcher scholar expert diplomat governor-general
        administrator superintendent undersecretary under-secretary viceroy regent heads
        """);

    /// <summary>Words that modify a title without heading it ("Vice", "Foreign", "State").</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set("""
        vice deputy first second third former senior acting executive general foreign prime state crown standing
        permanent honorary managing federal union assistant associate principal interim chief special party
        lead top new outgoing incoming then current grand high-level high alternate full board elder
        """);

    /// <summary>Nouns that head an organisation name.</summary>
    public static readonly FrozenSet<string> OrganisationHeads = Set("""
        party department committee commission association institute institution congress ministry embassy consulate
        foundation university council center centre society union assembly parliament government group organization
        organisation corporation company bank library front agency office club campaign league federation alliance
        movement academy school college bureau administration authority court senate chamber board network
        secretariat cabinet duma legislature community confederation programme program mission caucus fund trust
        llp inc ltd plc grid television radio daily times post press agency forces army navy station institutes
        nations presidium politburo directorate organizations organisations associations parties committees societies
        councils groups friends
        """);

    /// <summary>Nouns that head an event name.</summary>
    public static readonly FrozenSet<string> EventHeads = Set("""
        forum conference summit dialogue meeting convention expo exposition consultations consultation ceremony gala
        symposium seminar festival games olympics roundtable round-table luncheon dinner banquet reception exhibition
        fair workshop celebration commemoration session talks negotiations dedication inauguration
        """);

    /// <summary>Courtesy words before a name ("Mr.", "H.E.", "Shri").</summary>
    public static readonly FrozenSet<string> Honorifics = Set("""
        mr mr. mrs mrs. ms ms. miss dr dr. prof prof. h.e. he amb amb. madam madame shri smt smt. sri hon hon.
        honorable honourable sen. gen. gen rep. rep capt capt. col. sir dame lady datuk dato tun comrade excellency
        mister monsieur senor señor lord baroness baron
        """);

    /// <summary>Months, full and abbreviated, to their numbers.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1,
        ["jan"] = 1,
        ["jan."] = 1,
        ["february"] = 2,
        ["feb"] = 2,
        ["feb."] = 2,
        ["march"] = 3,
        ["mar."] = 3,
        ["april"] = 4,
        ["apr"] = 4,
        ["apr."] = 4,
        ["may"] = 5,
        ["june"] = 6,
        ["jun."] = 6,
        ["july"] = 7,
        ["jul."] = 7,
        ["august"] = 8,
        ["aug"] = 8,
        ["aug."] = 8,
        ["september"] = 9,
        ["sept"] = 9,
        ["sept."] = 9,
        ["sep."] = 9,
        ["october"] = 10,
        ["oct"] = 10,
        ["oct."] = 10,
        ["november"] = 11,
        ["nov"] = 11,
        ["nov."] = 11,
        ["novmeber"] = 11,
        ["december"] = 12,
        ["dec"] = 12,
        ["dec."] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday,
        ["tuesday"] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["first"] = 1,
        ["second"] = 2,
        ["third"] = 3,
        ["fourth"] = 4,
        ["fifth"] = 5,
        ["sixth"] = 6,
        ["seventh"] = 7,
        ["eighth"] = 8,
        ["ninth"] = 9,
        ["tenth"] = 10,
        ["eleventh"] = 11,
        ["twelfth"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Abbreviations that keep their full stop (the stop does not end a sentence).</summary>
    public static readonly FrozenSet<string> Abbreviations = Set("""
        mr mrs ms dr prof amb gen rep capt col sen st jr sr no vs etc jan feb mar apr jun jul aug sep sept oct nov dec
        smt hon lt maj gov sgt fig inc ltd co corp dept est approx
        """);

    /// <summary>
    /// Capitalised words that are ordinary vocabulary, never part of a person's name: function words that start
    /// sentences, and the common words of organisation, title and policy language.
    /// </summary>
    public static readonly FrozenSet<string> Common = Set("""
        a an the this that these those there here his her its their our my your we i you he she it they them him us
        in on at of for to from by with without during after before when while since until as about into over under
        between among against through across upon within amid following according and or but nor so yet also both
        either neither not no all any each every some many most more other another such same several both
        is are was were be been being has have had do does did will would shall should can could may might must
        said says say noted added stressed pointed welcome welcomed
        mr mrs ms dr
        international national foreign affairs cooperation development people people's peoples central political
        bureau standing republic democratic socialist islamic federal united states kingdom union european african
        asian arab affairs trade commerce defence defense security education culture cultural sports youth women
        relations friendship countries country world global regional economic economy social science sciences
        studies research strategic strategy policy public health finance financial justice interior home
        environment energy agriculture industry technology information communication communications transport
        tourism labour labor planning reform commission military veterans overseas office law legal
        affairs human rights peace solidarity unity progress progressive liberation revolutionary communist workers
        working labour democratic republican liberal conservative green independent popular national patriotic
        new old great grand high higher supreme joint general special senior executive chief first deputy vice
        north south east west northern southern eastern western middle upper lower central
        city province provincial state municipal county district region prefecture autonomous metropolitan
        committee department ministry government parliament
        photo photos file video xinhua source update updated time date year day week month today yesterday
        tomorrow morning afternoon evening night
        during meanwhile however moreover furthermore therefore thus although though
        january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday
        belt road initiative initiatives community future shared mankind civilization civilisation
        expo forum conference summit dialogue meeting
        bilateral multilateral trilateral strategic partnership comprehensive
        excellency his her
        meets visits attends holds sends receives signs welcomes hosts leads addresses calls talks says underline
        led headed accompanied accompanying invited joined interview interviews exclusive
        guests participants delegates attendees officials call phone visit trip
        delegation delegations
        memorandum memorandums memoranda understanding mou mous agreement agreements treaty accord protocol
        communique communiqué charter pact
        hall palace square street avenue airport station house building park garden gardens centre museum temple
        province county prefecture district island islands river mountains valley bay coast
        """);

    /// <summary>Words after a name that make it a place or an institution ("Jiangxi Province", "Merdeka Palace").</summary>
    public static readonly FrozenSet<string> PlaceHeads = Set("""
        province city county prefecture region state district island islands square palace hall street avenue
        airport university river mountains valley bay coast municipality oblast governorate
        pagoda temple church mosque cathedral monastery shrine
        """);

    /// <summary>Every list a word is in, found with one lookup: labelling asks this of every token.</summary>
    public static readonly FrozenDictionary<string, WordClass> Classes = BuildClasses();

    private static FrozenDictionary<string, WordClass> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordClass c)
        {
            foreach (var w in words)
            {
                classes[w] = classes.GetValueOrDefault(w) | c;
            }
        }
        Mark(Honorifics, WordClass.Honorific);
        Mark(TitleHeads, WordClass.TitleHead);
        Mark(TitleModifiers, WordClass.TitleModifier);
        Mark(OrganisationHeads, WordClass.OrganisationHead);
        Mark(EventHeads, WordClass.EventHead);
        Mark(Common, WordClass.Common);
        Mark(Months.Keys, WordClass.Calendar);
        Mark(Weekdays.Keys, WordClass.Calendar);
        Mark(Ordinals.Keys, WordClass.Calendar);
        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

/// <summary>The lists of <see cref="Words"/> a word belongs to.</summary>
[Flags]
internal enum WordClass
{
    None = 0,
    Honorific = 1,
    TitleHead = 2,
    TitleModifier = 4,
    OrganisationHead = 8,
    EventHead = 16,
    Common = 32,
    /// <summary>A month, weekday or ordinal word.</summary>
    Calendar = 64,
}
