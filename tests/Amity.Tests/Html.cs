using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Amity.Tests;

/// <summary>Encodes text as the pages do, to look for it in their HTML.</summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);
}
