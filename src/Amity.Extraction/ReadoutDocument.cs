namespace Amity.Extraction;

/// <summary>
/// A document to extract from: its name (cited in each record's sources), its plain text (offsets in the
/// records are UTF-16 offsets into exactly this text; for HTML, pass <see cref="HtmlText.ArticleText"/>'s
/// output) and its publication date, which anchors dates that lack a year. Its publisher ("South Africa DIRCO",
/// "Japan MOFA") and address, when known, say whose officials it names without a nationality.
/// </summary>
public sealed record ReadoutDocument(string Name, string Text, DateOnly? Published, string? Publisher = null, string? Url = null);
