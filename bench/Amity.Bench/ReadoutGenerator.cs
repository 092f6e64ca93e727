using System.Globalization;
using System.Text;

namespace Amity.Bench;

/// <summary>
/// Realistic synthetic readouts for benchmarks: fictional people, organisations and events in every style
/// of samples/ (party department, news agency dateline, ministry talks, phone and video calls, letters,
/// visits, forums, agreements, multi-article digests), any amount, reproducible from a seed.
/// </summary>
internal sealed class ReadoutGenerator(int seed)
{
    private static readonly string[] Given = ["Wen", "Lu", "Shen", "Pan", "Qiao", "Amani", "Njeri", "Eirik", "Sigrun", "Tran", "Pham", "Do", "Bastien", "Helene", "Katharina", "Joaquin", "Marte", "Otieno", "Ingrid", "Mateo", "Leila", "Tomas", "Anja", "Kofi"];
    private static readonly string[] Family = ["Lisheng", "Chengwei", "Mingyao", "Yuting", "Jianing", "Kilonzo", "Mutua", "Thorsrud", "Haugland", "Minh Khoa", "Thu Trang", "Quang Vinh", "Courval", "Marchetti", "Lindqvist", "Arrieta", "Aasbo", "Wanjala", "Solberg", "Quispe", "Haddad", "Novak", "Brandt", "Mensah"];
    private static readonly string[] Titles = ["Minister", "Vice Minister", "Chairman", "Secretary General", "Director-General", "President", "Deputy Director", "Vice Chairwoman", "Speaker", "Ambassador"];
    private static readonly string[] OrgHeads = ["Friendship Association", "Institute of Foreign Affairs", "Party", "Parliamentary Committee on External Relations", "Think Tank Network", "City Government", "Youth Federation", "Centre for Strategic Studies"];
    private static readonly string[] OrgStems = ["Harmony", "Northern Light", "Silk Harbour", "Blue River", "Progressive", "Civic", "Meridian", "Elbe", "Andean", "Coastal"];
    private static readonly (string City, string Country, string Demonym)[] Places =
    [
        ("Beijing", "China", "Chinese"), ("Hanoi", "Viet Nam", "Vietnamese"), ("Nairobi", "Kenya", "Kenyan"), ("Oslo", "Norway", "Norwegian"),
        ("Lyon", "France", "French"), ("Berlin", "Germany", "German"), ("Lima", "Peru", "Peruvian"), ("Nicosia", "Cyprus", "Cypriot"),
        ("Baku", "Azerbaijan", "Azerbaijani"), ("Accra", "Ghana", "Ghanaian"), ("Hamburg", "Germany", "German"), ("Bergen", "Norway", "Norwegian"),
    ];
    private static readonly string[] Topics = ["inter-party exchanges", "people-to-people ties", "trade and investment", "youth exchanges", "think tank cooperation", "green development", "cultural heritage", "city partnerships"];

    private readonly Random _random = new(seed);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private string Person() => $"{Pick(Given)} {Pick(Family)}";

    private string Organisation() => $"{Pick(OrgStems)} {Pick(OrgHeads)}";

    private DateOnly Day() => new DateOnly(2015, 1, 1).AddDays(_random.Next(3650));

    private static string Long(DateOnly d) => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>One readout of a random style, with the date it was published.</summary>
    public (string Text, DateOnly Published) Next()
    {
        var day = Day();
        var here = Pick(Places);
        var there = Pick(Places);
        var host = Person();
        var guest = Person();
        var hostOrg = Organisation();
        var guestOrg = Organisation();
        var topic = Pick(Topics);
        var weekday = day.DayOfWeek.ToString();
        var sb = new StringBuilder();
        switch (_random.Next(9))
        {
            case 0:
                sb.Append(CultureInfo.InvariantCulture, $"{host} Meets with a Delegation of the {guestOrg} of {there.Country}\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"{here.City}, {day:MMMM d}th—{host}, {Pick(Titles)} of the {hostOrg}, met here today with a delegation of the {guestOrg} of {there.Country} led by its {Pick(Titles)} {guest}.\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"{host.Split(' ')[0]} said that the two sides should deepen {topic}. {guest.Split(' ')[^1]} and his delegation also met with {Person()}, {Pick(Titles)} of the {Organisation()}, the following day.\n");
                break;
            case 1:
                sb.Append(CultureInfo.InvariantCulture, $"{here.City.ToUpperInvariant()}, {day:MMM. d} (Meridian News) -- {host}, {Pick(Titles)} of the {hostOrg}, held talks with visiting {there.Demonym} {Pick(Titles)} {guest} on {weekday}.\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"The two sides exchanged views on {topic} and agreed to strengthen cooperation between the {hostOrg} and the {guestOrg}.\n");
                break;
            case 2:
                sb.Append(CultureInfo.InvariantCulture, $"{host} Holds Talks with {guest}\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"On {Long(day)}, {Pick(Titles)} {host} held talks with {there.Demonym} {Pick(Titles)} {guest} in {here.City}. Both sides spoke highly of {topic}.\n");
                break;
            case 3:
                sb.Append(CultureInfo.InvariantCulture, $"On the afternoon of {Long(day)}, {host}, {Pick(Titles)} of the {hostOrg}, had a phone call with {guest}, {Pick(Titles)} of the {guestOrg} of {there.Country}.\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"{host.Split(' ')[0]} said the call came at an important moment for {topic}.\n");
                break;
            case 4:
                sb.Append(CultureInfo.InvariantCulture, $"{host}, {Pick(Titles)} of the {hostOrg}, sent a congratulatory letter to {guest} on {Long(day)} on the election as {Pick(Titles)} of the {guestOrg} of {there.Country}.\n");
                break;
            case 5:
                var end = day.AddDays(_random.Next(2, 6));
                sb.Append(CultureInfo.InvariantCulture, $"At the invitation of the {hostOrg}, a delegation of the {guestOrg} led by {guest} paid an official visit to {here.Country} from {day:MMMM d} to {end:MMMM d}, {end.Year}.\n\n");
                sb.Append(CultureInfo.InvariantCulture, $"During the visit, the delegation was received by {host}, {Pick(Titles)} of the {hostOrg}.\n");
                break;
            case 6:
                sb.Append(CultureInfo.InvariantCulture, $"{host}, {Pick(Titles)} of the {hostOrg}, attended and addressed the {_random.Next(2, 12)}th {Pick(OrgStems)} Forum in {here.City} on {Long(day)}. {guest} of {there.Country} also spoke at the forum.\n");
                break;
            case 7:
                sb.Append(CultureInfo.InvariantCulture, $"On {Long(day)}, the {hostOrg} and the {guestOrg} of {there.Country} signed a memorandum of understanding on {topic} in {here.City}. {host} and {guest} attended the signing ceremony.\n");
                break;
            default:
                // A digest: several short posts one after another, newest first.
                for (var i = 0; i < 4; i++)
                {
                    var postDay = day.AddDays(-7 * i);
                    sb.Append(CultureInfo.InvariantCulture, $"{Person()} Meets {there.Demonym} Guests\nPosted {Long(postDay)}\n\n");
                    sb.Append(CultureInfo.InvariantCulture, $"{Person()}, {Pick(Titles)} of the {Organisation()}, met with {Person()}, {Pick(Titles)} of the {Organisation()} of {Pick(Places).Country}, in {here.City} on {weekday}.\n\n");
                }
                break;
        }
        return (sb.ToString(), day.AddDays(1));
    }
}
