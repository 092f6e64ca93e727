using Amity.Domain.Countries;
using Amity.Extraction.Engagements;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Mentions;

namespace Amity.Extraction.Resolution;

/// <summary>
/// Narrows the place of an engagement to a city, as the annotation guide asks ("the city, or the country where no
/// city is given"): the city of an event it happened at ("at the Samarkand Summit"), the destination of a trip
/// the sentence names ("on his first trip to the US"), and the dateline's city when the place found is its country.
/// </summary>
internal static class PlaceResolver
{
    public static string? Refine(string? place, SentenceMentions m, ArticleContext context, string? explicitPlace)
    {
        var explicitCity = explicitPlace is not null && IsCity(explicitPlace);
        if (!explicitCity)
        {
            // "at the 7th Global Baku Forum", "during the Samarkand Summit of the SCO"
            foreach (var e in m.Events)
            {
                if (e.Place is not null && e.First > 0 && m.Sentence.Tokens[e.First - 1].Lower is "at" or "the" or "on")
                {
                    return e.Place;
                }
            }
        }
        if (explicitPlace is null && TripDestination(m) is { } trip)
        {
            place = trip;
        }
        // "met here today": the dateline's city, whatever else the sentence names.
        if (context.DatelineCity is { Kind: PlaceKind.City } here && m.Sentence.Tokens.Exists(t => t.Is("here")))
        {
            return here.Name;
        }
        // A country taken from the visit under way, in a report datelined in one of its cities: that city.
        if (explicitPlace is null && place is not null && CountryCatalogue.Instance.ByName(place) is { } country)
        {
            if (context.DatelineCity is { Kind: PlaceKind.City } city && city.Code == country.Code)
            {
                return city.Name;
            }
            // ... or the city the article last placed an engagement in ("held talks ... in Beijing"), in that country.
            if (context.NarrativePlace is { } running && Gazetteer.Instance.Lookup(Gazetteer.Key(running)) is { } entries
                && entries[0].Kind == PlaceKind.City && entries[0].Code == country.Code)
            {
                return running;
            }
        }
        return place;
    }

    private static bool IsCity(string name) => Gazetteer.Instance.Lookup(Gazetteer.Key(name)) is { } e && e[0].Kind == PlaceKind.City;

    /// <summary>"on his first trip to the US", "during her visit to Japan": where the trip went.</summary>
    private static string? TripDestination(SentenceMentions m)
    {
        var tokens = m.Sentence.Tokens;
        foreach (var p in m.Places)
        {
            if (p.InCompound || p.Entry.Kind == PlaceKind.Demonym)
            {
                continue;
            }
            var k = p.First - 1;
            if (k >= 0 && tokens[k].Is("the"))
            {
                k--;
            }
            if (k >= 1 && tokens[k].Is("to") && tokens[k - 1].Bare is "trip" or "visit" or "tour" or "journey")
            {
                return p.Entry.AsPlace;
            }
        }
        return null;
    }
}
