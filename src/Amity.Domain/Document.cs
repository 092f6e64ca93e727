using System.Security.Cryptography;
using System.Text;

namespace Amity.Domain;

/// <summary>A published text that engagements cite. Its content hash makes re-imports no-ops.</summary>
public sealed class Document
{
    private Document()
    {
        Key = Text = ContentHash = "";
    }

    public Document(string key, string text)
    {
        Key = Require.Text(key, "document", 255);
        Text = text;
        ContentHash = HashOf(text);
    }

    public long Id { get; private set; }

    /// <summary>The name sources cite it by: the file name it was imported from.</summary>
    public string Key { get; private set; }
    public string? Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public DateOnly? Published { get; set; }
    public string Text { get; private set; }

    /// <summary>Seen only by accounts cleared for restricted records; engagements citing it show no passage from it.</summary>
    public bool Restricted { get; set; }
    public string ContentHash { get; private set; }

    /// <summary>A document known only by name (cited by an imported record) receives its text later.</summary>
    public bool HasText => Text.Length > 0;

    public void SetText(string text)
    {
        Text = text;
        ContentHash = HashOf(text);
    }

    /// <summary>The cited span, or null when the offsets fall outside the text.</summary>
    public string? Span(int start, int end) =>
        start >= 0 && end <= Text.Length && start <= end ? Text[start..end] : null;

    public static string HashOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
