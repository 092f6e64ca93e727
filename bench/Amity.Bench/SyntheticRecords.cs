using System.Globalization;
using Amity.Domain;
using Amity.Domain.Records;

namespace Amity.Bench;

/// <summary>
/// Engagement records shaped like a busy office's: every kind, mode and channel, two to four participants from a
/// few thousand people and hundreds of organisations in forty countries, some named after the registry's own people,
/// a source passage each, spread over a quarter of a century with more in recent years. A person keeps one country
/// and organisation, as in a real registry; the reporting side (side 0) is from one of the first three countries.
/// </summary>
public sealed class SyntheticRecords(int seed, IReadOnlyList<string>? registryPeople = null)
{
    private static readonly string[] Countries =
    [
        "CN", "VN", "KE", "NO", "FR", "DE", "PE", "CY", "AZ", "GH", "ZA", "BR", "IN", "ID", "JP", "KR", "MX", "NG", "PK", "PH",
        "RU", "TR", "EG", "ET", "TZ", "UG", "AR", "CL", "CO", "CU", "LA", "KH", "TH", "MY", "SG", "NP", "LK", "BD", "IT", "ES",
    ];

    private static readonly string[] Places = ["Beijing", "Hanoi", "Nairobi", "Oslo", "Paris", "Berlin", "Lima", "Nicosia", "Baku", "Accra", "Kunming", "Lyon"];
    private static readonly string[] Titles = ["Minister", "Vice Minister", "Chair", "President", "Secretary-General", "Director-General", "Deputy Director", "Mayor", "Ambassador"];
    private static readonly string[] Topics = ["people-to-people exchanges", "party-to-party cooperation", "youth exchanges", "think tank dialogue", "sister-city ties", "parliamentary friendship"];

    private readonly Random random = new(seed);
    private readonly string[] people = [.. Enumerable.Range(0, 3000).Select(i => $"Person {i:D4} Example")];
    private readonly string[] organisations = [.. Enumerable.Range(0, 400).Select(i => $"Organisation {i:D3} of Friendship")];
    private readonly IReadOnlyList<string> registryPeople = registryPeople ?? [];
    private int count;

    public EngagementRecord Next()
    {
        var i = count++;
        var kind = (EngagementKind)random.Next(7);
        var mode = kind switch
        {
            EngagementKind.Letter => EngagementMode.Written,
            EngagementKind.Call => random.Next(2) == 0 ? EngagementMode.Video : EngagementMode.Phone,
            _ => random.Next(10) == 0 ? EngagementMode.Video : EngagementMode.InPerson,
        };
        // Somewhat more in recent years, as offices grow and record more.
        var date = new DateOnly(2026, 12, 31).AddDays(-(int)(9500 * Math.Pow(random.NextDouble(), 1.3)));
        var planned = date > new DateOnly(2026, 12, 1);
        var participants = new List<ParticipantRecord>();
        var size = 2 + random.Next(3);
        for (var p = 0; p < size; p++)
        {
            var side = p == 0 ? 0 : 1;
            var name = registryPeople.Count > 0 && random.Next(8) == 0 ? registryPeople[random.Next(registryPeople.Count)] : null;
            // Person i is of country i mod 40 and works for organisation i mod 400 (of the same country).
            var index = side == 0 ? random.Next(people.Length / Countries.Length) * Countries.Length + random.Next(3) : random.Next(people.Length);
            // The registry's own people come with no title, organisation or country of ours: they match by name.
            var known = name is not null;
            name ??= people[index];
            if (participants.Any(x => x.Name == name))
            {
                continue;
            }
            participants.Add(new ParticipantRecord
            {
                Name = name,
                Title = known ? null : Titles[index % Titles.Length],
                Organization = known ? null : organisations[index % organisations.Length],
                Country = known ? null : Countries[index % Countries.Length],
                Side = side,
                Role = Codes.Of(kind == EngagementKind.Letter ? (side == 0 ? ParticipantRole.Sender : ParticipantRole.Recipient) : side == 0 ? ParticipantRole.Host : ParticipantRole.Guest),
                Principal = p < 2,
            });
        }
        var place = mode == EngagementMode.InPerson ? Places[random.Next(Places.Length)] : null;
        var topic = Topics[random.Next(Topics.Length)];
        return new EngagementRecord
        {
            Kind = Codes.Of(kind),
            Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndDate = kind == EngagementKind.Visit ? date.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Mode = Codes.Of(mode),
            Place = place,
            Channel = Codes.Of((Channel)random.Next(8)),
            Status = Codes.Of(planned ? EngagementStatus.Planned : EngagementStatus.Held),
            Confidence = Math.Round(0.5 + random.NextDouble() / 2, 2),
            EventName = kind == EngagementKind.Event ? $"Forum on {topic} {date.Year}" : null,
            Participants = participants,
            Sources =
            [
                new SourceRecord
                {
                    Document = $"bench-{i / 50:D6}.txt",
                    Start = i % 50 * 200,
                    End = i % 50 * 200 + 150,
                    Evidence = $"{participants[0].Name}, {participants[0].Title}, met {participants[^1].Name}{(place is null ? "" : " in " + place)} on {topic}.",
                },
            ],
        };
    }
}
