namespace Amity.Domain;

/// <summary>
/// Latin letters with accents and their base letters ("é" → "e", "ø" → "o", "ệ" → "e"), for name keys. The runtime
/// runs in invariant globalization mode, where string normalisation leaves accented letters whole, so the
/// decompositions are kept here: Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese), taken from
/// Unicode's canonical decompositions (String.prototype.normalize("NFD") in Node), plus the letters with strokes
/// that have none (ø, đ, ł, ħ).
/// </summary>
public static class Accents
{
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘ" +
        "ęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľŁłŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲ" +
        "ųŴŵŶŷŸŹźŻżŽžƒƙƠơƯưƴǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘș" +
        "ȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽ" +
        "ḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍ" +
        "ẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ" +
        "ỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeE" +
        "eEeGgGgGgGgHhHhIiIiIiIiIiJjKkLlLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuU" +
        "uWwYyYZzZzZzfkOoUuyAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSs" +
        "TtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLl" +
        "MmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXx" +
        "YyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOo" +
        "UuUuUuUuUuUuUuYyYyYyYy";

    private static readonly char[] BaseOf = Build();

    /// <summary>The letter without its accent, or the character itself.</summary>
    public static char Strip(char c) => c < BaseOf.Length && BaseOf[c] != '\0' ? BaseOf[c] : c;

    /// <summary>The text with every accented Latin letter replaced by its base letter.</summary>
    public static string Strip(string text)
    {
        var i = 0;
        while (i < text.Length && Strip(text[i]) == text[i])
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                span[k] = Strip(source[k]);
            }
        });
    }

    private static char[] Build()
    {
        var table = new char[0x1F00];
        for (var i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Plain[i];
        }
        return table;
    }
}
