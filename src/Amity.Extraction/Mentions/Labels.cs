using Amity.Extraction.Lexicons;
using Amity.Extraction.Text;

namespace Amity.Extraction.Mentions;

/// <summary>What a token is, as far as the lexicons tell.</summary>
internal enum Label
{
    Other,
    Punctuation,
    Number,
    Lower,
    Name,
    Acronym,
    TitleHead,
    TitleModifier,
    OrganisationHead,
    EventHead,
    Honorific,
    Place,
    Common,
}

/// <summary>A country, demonym or city found in a sentence.</summary>
internal sealed record PlaceMention(int First, int Last, PlaceEntry Entry, bool InCompound);

/// <summary>The tokens of a sentence with their labels and the places the gazetteer found.</summary>
internal sealed class LabelledSentence
{
    public LabelledSentence(Sentence sentence, Label[] labels, List<PlaceMention> places, PlaceMention?[] placeAt)
    {
        Sentence = sentence;
        Labels = labels;
        Places = places;
        PlaceAt = placeAt;
    }

    public Sentence Sentence { get; }
    public List<Token> Tokens => Sentence.Tokens;
    public Label[] Labels { get; }
    public List<PlaceMention> Places { get; }

    /// <summary>For each token, the gazetteer place covering it (not compounds).</summary>
    public PlaceMention?[] PlaceAt { get; }
}

/// <summary>Labels tokens with the lexicons and the gazetteer.</summary>
internal static class Labeller
{
    private static readonly string[] Particles = ["bin", "binti", "al", "el", "da", "de", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "di", "du", "del", "ibn", "abu", "ter", "mac"];

    public static LabelledSentence Label(Sentence sentence, IReadOnlySet<string> knownAcronyms, IReadOnlySet<string>? countriesNamed = null)
    {
        var tokens = sentence.Tokens;
        var labels = new Label[tokens.Count];
        var places = new List<PlaceMention>();
        var placeAt = new PlaceMention?[tokens.Count];
        var gazetteer = Gazetteer.Instance;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsCapitalised && gazetteer.LongestAt(tokens, i, tokens.Count) is { } hit
                && !(hit.Length == 1 && token.IsAllCaps && token.Text.Length <= 3 && !token.Text.Contains('.', StringComparison.Ordinal) && Parenthesised(tokens, i)))
            {
                var entry = hit.Entries.Length > 1 && countriesNamed is not null
                    ? hit.Entries.FirstOrDefault(e => countriesNamed.Contains(e.Code)) ?? hit.Entries[0]
                    : hit.Entries[0];
                var mention = new PlaceMention(i, i + hit.Length - 1, entry, false);
                places.Add(mention);
                for (var k = i; k < i + hit.Length; k++)
                {
                    labels[k] = Mentions.Label.Place;
                    placeAt[k] = mention;
                }
                i += hit.Length - 1;
                continue;
            }
            labels[i] = Classify(token, knownAcronyms);
            // "China-Cyprus", "US-China": countries inside a hyphenated compound.
            if (token.IsWord && token.Text.Contains('-', StringComparison.Ordinal))
            {
                foreach (var part in token.Bare.Split('-'))
                {
                    var entries = gazetteer.Lookup(part.TrimEnd('.'));
                    if (entries is not null && entries[0].Kind != PlaceKind.City)
                    {
                        places.Add(new PlaceMention(i, i, entries[0], true));
                    }
                }
            }
        }
        // "Vietnam–Norway", "Norwegian–Vietnamese": countries joined by a spaced or en dash form a compound.
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Text is "–" or "-" && placeAt[i - 1] is { Entry.Kind: not PlaceKind.City } left && placeAt[i + 1] is { Entry.Kind: not PlaceKind.City } right)
            {
                foreach (var p in new[] { left, right })
                {
                    var compound = p with { InCompound = true };
                    places[places.IndexOf(p)] = compound;
                    for (var k = p.First; k <= p.Last; k++)
                    {
                        placeAt[k] = compound;
                    }
                }
            }
        }
        // A short function word capitalised inside a sentence before a name is a name part ("Do Quang Vinh", "An Ho").
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (labels[i] == Mentions.Label.Common && tokens[i].IsCapitalised && !tokens[i].IsAllCaps && Array.IndexOf(NameFunctionWords, tokens[i].Lower) >= 0
                && (labels[i + 1] == Mentions.Label.Name || placeAt[i + 1] is { Entry.Kind: PlaceKind.City or PlaceKind.Region }) && tokens[i - 1].Text is not ("." or ":" or "“" or "\""))
            {
                labels[i] = Mentions.Label.Name;
            }
        }
        // A city or region that is also a surname or given name after a name ("Pham Thu Trang").
        for (var i = 1; i < tokens.Count; i++)
        {
            if (placeAt[i] is { Entry.Kind: PlaceKind.City or PlaceKind.Region } c && c.First == i && c.Last == i && labels[i - 1] == Mentions.Label.Name
                && !tokens[i - 1].IsPossessive && !tokens[i].IsAllCaps
                && i >= 2 && (labels[i - 2] == Mentions.Label.Name || (labels[i - 2] is Mentions.Label.Honorific or Mentions.Label.TitleHead && (i + 1 == tokens.Count || tokens[i + 1].Text != ","))))
            {
                labels[i] = Mentions.Label.Name;
                placeAt[i] = null;
                places.Remove(c);
            }
        }
        // A first word that is plainly no name ("Welcoming", "Previously", "Post-dialogue").
        if (tokens.Count > 1 && labels[0] == Mentions.Label.Name && NotAName(tokens[0]))
        {
            labels[0] = Mentions.Label.Common;
        }
        // A city or region that is also a given name ("Vladimir Putin"): a name when a name follows it.
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (placeAt[i] is { } p && p.Entry.Kind is PlaceKind.City or PlaceKind.Region && p.First == i && p.Last == i
                && labels[i + 1] == Mentions.Label.Name && tokens[i + 1].IsCapitalised && !tokens[i].IsAllCaps)
            {
                labels[i] = Mentions.Label.Name;
                placeAt[i] = null;
                places.Remove(p);
            }
        }
        // Malay styles: a second word of a compound honorific ("Datuk Amar", "Tan Sri") is honorific too, and "Tun"
        // between two names is a father's name ("Abang Johari Tun Openg").
        for (var i = 1; i < tokens.Count; i++)
        {
            if (labels[i - 1] == Mentions.Label.Honorific && tokens[i - 1].Lower is "datuk" or "dato" or "tan" && tokens[i].IsCapitalised
                && tokens[i].Lower is "amar" or "seri" or "sri" or "patinggi")
            {
                labels[i] = Mentions.Label.Honorific;
            }
            else if (labels[i] == Mentions.Label.Honorific && tokens[i].Lower == "tun" && labels[i - 1] == Mentions.Label.Name
                && i + 1 < tokens.Count && labels[i + 1] == Mentions.Label.Name)
            {
                labels[i] = Mentions.Label.Name;
            }
        }
        // Particles inside names ("Lula da Silva", "Abdullah Bin Abdul-Aziz").
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (labels[i - 1] == Mentions.Label.Name && labels[i + 1] == Mentions.Label.Name
                && Array.IndexOf(Particles, tokens[i].Lower) >= 0)
            {
                labels[i] = Mentions.Label.Name;
            }
        }
        // Upper-case surnames ("MOTEGI Toshimitsu") are names next to a name, acronyms elsewhere.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (labels[i] == Mentions.Label.Acronym && tokens[i].Text.Length >= 4 && !knownAcronyms.Contains(tokens[i].Text)
                && ((i + 1 < tokens.Count && labels[i + 1] == Mentions.Label.Name && !tokens[i + 1].IsAllCaps)
                    || (i > 0 && labels[i - 1] == Mentions.Label.Name && !tokens[i - 1].IsAllCaps)
                    || (i > 0 && labels[i - 1] is Mentions.Label.Honorific or Mentions.Label.TitleHead && WordLike(tokens[i].Text))))
            {
                labels[i] = Mentions.Label.Name;
            }
        }
        return new LabelledSentence(sentence, labels, places, placeAt);
    }

    /// <summary>"MOTEGI" after "Minister": long and voweled like a word, not like "CPPCC" or "ANC".</summary>
    private static bool WordLike(string s) => s.Length >= 5 && s.Count(c => c is 'A' or 'E' or 'I' or 'O' or 'U') >= 2 && s.All(char.IsLetter);

    private static readonly string[] NameFunctionWords = ["do", "an", "so", "to", "ha", "ho", "no", "me", "my", "la", "le", "lo", "ma", "on", "in", "be"];

    private static readonly string[] NonNameEndings = ["ing", "ly", "ed", "ory", "ous", "ful", "ive", "ary"];

    private static bool NotAName(Token t)
    {
        if (t.Text.Contains('-', StringComparison.Ordinal) && t.Text.Length > 3 && char.IsLower(t.Text[t.Text.IndexOf('-', StringComparison.Ordinal) + 1]))
        {
            return true;
        }
        return t.Text.Length >= 6 && NonNameEndings.Any(e => t.Lower.EndsWith(e, StringComparison.Ordinal));
    }

    private static bool Parenthesised(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Text == "(";

    private static Label Classify(Token token, IReadOnlySet<string> knownAcronyms)
    {
        if (!token.IsWord)
        {
            return Mentions.Label.Punctuation;
        }
        if (token.IsNumber)
        {
            return Mentions.Label.Number;
        }
        var bare = token.Bare;
        var classes = Words.Classes.GetValueOrDefault(bare);
        if ((classes & WordClass.Honorific) != 0 || (!ReferenceEquals(bare, token.Lower) && Words.Honorifics.Contains(token.Lower)))
        {
            return token.IsCapitalised || bare is "shri" or "smt" ? Mentions.Label.Honorific : Mentions.Label.Lower;
        }
        if ((classes & WordClass.TitleHead) != 0 || (bare.Contains('-', StringComparison.Ordinal) && Words.TitleHeads.Contains(bare[(bare.LastIndexOf('-') + 1)..])))
        {
            return Mentions.Label.TitleHead;
        }
        if ((classes & WordClass.OrganisationHead) != 0)
        {
            return Mentions.Label.OrganisationHead;
        }
        if ((classes & WordClass.EventHead) != 0)
        {
            return Mentions.Label.EventHead;
        }
        if ((classes & WordClass.TitleModifier) != 0)
        {
            return Mentions.Label.TitleModifier;
        }
        if (!token.IsCapitalised)
        {
            return Mentions.Label.Lower;
        }
        if ((classes & (WordClass.Common | WordClass.Calendar)) != 0)
        {
            return Mentions.Label.Common;
        }
        if (token.IsAllCaps && token.Text.Length <= 8 || (token.IsPossessive && InternationalOrganisations.Full(token.Text[..^2]) is not null))
        {
            return Mentions.Label.Acronym;
        }
        if (knownAcronyms.Contains(token.Text))
        {
            return Mentions.Label.Acronym;
        }
        return Mentions.Label.Name;
    }
}
