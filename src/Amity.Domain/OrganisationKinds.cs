namespace Amity.Domain;

/// <summary>Guesses an organisation's kind from the words of its name, for organisations first met in a readout.</summary>
public static class OrganisationKinds
{
    private static readonly (string[] Words, OrganisationKind Kind)[] Rules =
    [
        (["party", "communist", "socialist", "labour", "workers"], OrganisationKind.Party),
        (["parliament", "assembly", "duma", "congress", "senate", "legislative", "majlis", "knesset", "bundestag"], OrganisationKind.Parliament),
        (["friendship", "association", "society", "foundation", "federation", "union", "league", "council"], OrganisationKind.FriendshipAssociation),
        (["institute", "academy", "centre", "center", "forum", "think"], OrganisationKind.ThinkTank),
        (["university", "college", "school"], OrganisationKind.University),
        (["news", "agency", "daily", "times", "television", "radio", "media", "press"], OrganisationKind.Media),
        (["city", "municipal", "municipality", "metropolitan", "prefecture", "province", "provincial"], OrganisationKind.City),
        (["ministry", "government", "department", "office", "commission", "embassy", "presidency", "cabinet"], OrganisationKind.Government),
        (["company", "corporation", "group", "bank", "ltd", "inc"], OrganisationKind.Company),
    ];

    public static OrganisationKind Guess(string name, string? countryCode)
    {
        var words = NameKey.Of(name).Split(' ');
        foreach (var (ruleWords, kind) in Rules)
        {
            if (words.Any(w => ruleWords.Contains(w)))
            {
                return kind;
            }
        }
        return countryCode is null ? OrganisationKind.InternationalOrganisation : OrganisationKind.Ngo;
    }
}
