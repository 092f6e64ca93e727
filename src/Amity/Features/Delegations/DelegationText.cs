namespace Amity.Features.Delegations;

/// <summary>How the pages write a delegation's facts.</summary>
public static class DelegationText
{
    public static string Dates(DelegationSummary d) =>
        d.End is null || d.End == d.Start ? d.Start ?? "undated" : $"{d.Start} – {d.End}";
}
