namespace Amity.Domain;

/// <summary>The channel an engagement went through, inferred from the kinds of organisation taking part.</summary>
public static class Channels
{
    // The most specific channel wins: a party department meeting a ministry is party diplomacy.
    private static readonly (OrganisationKind Kind, Channel Channel)[] ByPriority =
    [
        (OrganisationKind.Party, Channel.Party),
        (OrganisationKind.Parliament, Channel.Parliamentary),
        (OrganisationKind.City, Channel.City),
        (OrganisationKind.ThinkTank, Channel.ThinkTank),
        (OrganisationKind.University, Channel.ThinkTank),
        (OrganisationKind.FriendshipAssociation, Channel.PeopleToPeople),
        (OrganisationKind.Ngo, Channel.PeopleToPeople),
        (OrganisationKind.Media, Channel.Public),
        (OrganisationKind.Government, Channel.Official),
    ];

    public static Channel? Infer(IEnumerable<OrganisationKind> kinds)
    {
        var present = kinds.ToHashSet();
        foreach (var (kind, channel) in ByPriority)
        {
            if (present.Contains(kind))
            {
                return channel;
            }
        }
        return null;
    }
}
