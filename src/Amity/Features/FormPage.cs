using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Amity.Features;

/// <summary>
/// A page with forms: the problems of an <see cref="InputException"/> go on the fields named by their camelCase
/// keys, which are also the form fields' names, so each message shows next to its field.
/// </summary>
public abstract class FormPage : PageModel
{
    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>The attributes that tie a field to its message for assistive technology.</summary>
    public string Invalid(string field) => ErrorFor(field) is null ? "false" : "true";

    /// <summary>The field's message, with the id its field's aria-describedby names; nothing when it has none.</summary>
    public IHtmlContent ErrorTag(string field) =>
        ErrorFor(field) is { } message
            ? new HtmlString($"<p class=\"field-error\" id=\"{HtmlEncoder.Default.Encode(field)}-error\">{HtmlEncoder.Default.Encode(message)}</p>")
            : HtmlString.Empty;

    protected void Show(InputException e)
    {
        foreach (var (field, messages) in e.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field, message);
            }
        }
    }
}
