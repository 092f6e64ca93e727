using Amity.Domain;
using Amity.Domain.Records;
using Amity.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Amity.Features.Engagements;

/// <summary>One participant row of the form; a row left blank is not a participant.</summary>
public sealed class ParticipantRow
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Organization { get; set; }
    public string? Country { get; set; }
    public int Side { get; set; }
    public string? Role { get; set; }
    public bool Principal { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Organization) && string.IsNullOrWhiteSpace(Country);
}

/// <summary>The fields of the engagement form, named as the record format names them so problems land on their field.</summary>
public sealed class EngagementForm
{
    public string? Kind { get; set; } = "meeting";
    public string? Date { get; set; }
    [BindProperty(Name = "end_date")] public string? EndDate { get; set; }
    public string? Mode { get; set; }
    public string? Place { get; set; }
    [BindProperty(Name = "event_name")] public string? EventName { get; set; }
    public string? Channel { get; set; }
    public string? Status { get; set; } = "held";
    public List<ParticipantRow> Participants { get; set; } = [];

    public EngagementRecord ToRecord(string? verification)
    {
        var rows = Participants.Where(p => !p.IsBlank).ToList();
        return new EngagementRecord
        {
            Kind = Blank(Kind),
            Date = Blank(Date),
            EndDate = Blank(EndDate),
            Mode = Blank(Mode),
            Place = Blank(Place),
            EventName = Blank(EventName),
            Channel = Blank(Channel),
            Status = Blank(Status),
            Verification = verification,
            Participants = rows.Select(p => new ParticipantRecord
            {
                Name = Blank(p.Name),
                Title = Blank(p.Title),
                Organization = Blank(p.Organization),
                Country = Blank(p.Country)?.ToUpperInvariant(),
                Side = p.Side,
                Role = Blank(p.Role),
                Principal = p.Principal,
            }).ToList(),
        };
    }

    public static EngagementForm From(EngagementRecord r) => new()
    {
        Kind = r.Kind,
        Date = r.Date,
        EndDate = r.EndDate,
        Mode = r.Mode,
        Place = r.Place,
        EventName = r.EventName,
        Channel = r.Channel,
        Status = r.Status,
        Participants = r.Participants.Select(p => new ParticipantRow
        {
            Name = p.Name,
            Title = p.Title,
            Organization = p.Organization,
            Country = p.Country,
            Side = p.Side,
            Role = p.Role,
            Principal = p.Principal ?? false,
        }).ToList(),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// Enter an engagement (/engagements/new) or correct one (/engagements/{id}/edit); with review=1 the corrected
/// record is also accepted. The same <see cref="EngagementEditor"/> as POST and PUT /api/v1/engagements.
/// </summary>
public sealed class EditModel(AmityDb db) : FormPage
{
    public long? Id { get; private set; }
    public bool Reviewing { get; private set; }
    public EngagementForm Input { get; private set; } = new();

    /// <summary>The version the form was opened at; saving refuses a record saved by someone else since.</summary>
    public int? Version { get; private set; }

    /// <summary>Why the save was refused when someone else saved first.</summary>
    public string? Conflict { get; private set; }
    public IReadOnlyList<string> PersonNames { get; private set; } = [];
    public IReadOnlyList<string> OrganisationNames { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id, bool review, CancellationToken cancellationToken)
    {
        Id = id;
        Reviewing = review;
        if (id is { } existing)
        {
            if (await EngagementQueries.GetAsync(db, existing, cancellationToken) is not { } detail)
            {
                return NotFound();
            }
            Input = EngagementForm.From(EngagementEditor.ToRecord(detail));
            Version = detail.Version;
        }
        // Blank rows to add participants to; a new record gets two a side.
        int[] sides = Input.Participants.Count == 0 ? [0, 0, 1, 1] : [0, 1];
        foreach (var side in sides)
        {
            Input.Participants.Add(new ParticipantRow { Side = side, Role = side == 0 ? "host" : "guest" });
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, bool review, int? version, [FromForm(Name = "")] EngagementForm input, CancellationToken cancellationToken)
    {
        Id = id;
        Reviewing = review;
        Input = input;
        Version = version;
        if (id is not null && version is null)
        {
            // A form that does not say which version it was opened at could overwrite one it never showed.
            Conflict = "This form does not say which version of the record it was opened at, so your changes were not saved.";
            await LoadAsync(cancellationToken);
            return Page();
        }
        try
        {
            if (id is { } existing)
            {
                var verification = review
                    ? Codes.Of(Verification.Verified)
                    : await db.Engagements.Where(e => e.Id == existing).Select(e => (Verification?)e.Verification).FirstOrDefaultAsync(cancellationToken) is { } v ? Codes.Of(v) : null;
                if (!await EngagementEditor.ReviseAsync(db, existing, input.ToRecord(verification), review ? "review: correct" : null, version, cancellationToken))
                {
                    return NotFound();
                }
                return Redirect(review ? "/review" : $"/engagements/{existing}");
            }
            var created = await EngagementEditor.CreateAsync(db, input.ToRecord(null), cancellationToken);
            return Redirect($"/engagements/{created}");
        }
        catch (InputException e)
        {
            Show(RowKeys(e, input));
        }
        catch (ConcurrencyConflictException e)
        {
            // The form keeps what was typed, so it can be compared with the saved version and entered again.
            Conflict = e.Message;
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    // The record's participants[i] counts only filled rows; the form's rows include blank ones.
    private static InputException RowKeys(InputException e, EngagementForm input)
    {
        var rows = input.Participants.Select((p, i) => (p, i)).Where(x => !x.p.IsBlank).Select(x => x.i).ToList();
        return new InputException(e.Errors.ToDictionary(
            kv => System.Text.RegularExpressions.Regex.Replace(kv.Key, @"^participants\[(\d+)\]", m => $"participants[{rows[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]}]"),
            kv => kv.Value));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        PersonNames = await db.People.OrderBy(p => p.Name).Select(p => p.Name).Distinct().ToListAsync(cancellationToken);
        OrganisationNames = await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).Distinct().ToListAsync(cancellationToken);
    }
}
