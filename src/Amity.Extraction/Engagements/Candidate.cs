using Amity.Domain;

namespace Amity.Extraction.Engagements;

/// <summary>A participant of a candidate engagement.</summary>
internal sealed class Participant
{
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Country { get; set; }
    public int Side { get; set; }
    public ParticipantRole Role { get; set; }
    public bool LeadsDelegation { get; set; }

    /// <summary>A whole country standing as one side (a visit's host, a party to an agreement).</summary>
    public bool IsCountry { get; set; }

    public bool IsOrganisation { get; set; }

    /// <summary>
    /// Signs an agreement for a country not yet known ("Lula signs agreements with Xi"): once the article gives
    /// the signer's country, that country becomes the side and the signer one present.
    /// </summary>
    public bool SignsForCountry { get; set; }

    /// <summary>A group named by its kind ("the delegation"), standing for its leader until one is known.</summary>
    public bool IsGroup { get; set; }

    public Participant Copy() => (Participant)MemberwiseClone();
}

/// <summary>An engagement found in the text, before it becomes a record.</summary>
internal sealed class Candidate
{
    public required EngagementKind Kind { get; set; }
    public PartialDate? Date { get; set; }
    public PartialDate? EndDate { get; set; }
    public EngagementMode? Mode { get; set; }
    public string? Place { get; set; }
    public List<Participant> Participants { get; } = [];
    public string? EventName { get; set; }
    public List<(int Start, int End)> Sources { get; } = [];
    public double Confidence { get; set; }

    /// <summary>The sentence's date that is this engagement's ("in June and September ... A and B", respectively).</summary>
    public Mentions.DateMention? DateAt { get; set; }

    /// <summary>A visit whose host country the article has yet to name.</summary>
    public bool AwaitsHost { get; set; }

    /// <summary>A visit made as one of a delegation whose leader the article may name later.</summary>
    public bool JoinsDelegation { get; set; }

    /// <summary>Found in a headline only: weaker evidence.</summary>
    public bool FromHeadline { get; set; }
}
