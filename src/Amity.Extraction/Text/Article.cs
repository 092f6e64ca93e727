namespace Amity.Extraction.Text;

/// <summary>One article of a document: its span, headline and the date it was published on, if it says.</summary>
internal sealed record Article(int Start, int End, int HeadlineEnd, DateOnly? Published);
