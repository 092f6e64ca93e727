using Amity.Domain.Records;

namespace Amity.Extraction;

/// <summary>How predicted records compare with gold records (see <see cref="Evaluation.Score"/>).</summary>
public sealed record EvalReport
{
    public required int GoldCount { get; init; }
    public required int PredictedCount { get; init; }
    public required int Matched { get; init; }

    public double Precision => PredictedCount == 0 ? (GoldCount == 0 ? 1 : 0) : (double)Matched / PredictedCount;
    public double Recall => GoldCount == 0 ? 1 : (double)Matched / GoldCount;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Attribute accuracies on matched pairs: title, organisation, country, place, mode.</summary>
    public required IReadOnlyDictionary<string, AttributeScore> Attributes { get; init; }

    /// <summary>The matched (gold, predicted) pairs.</summary>
    public required IReadOnlyList<(EngagementRecord Gold, EngagementRecord Predicted)> Pairs { get; init; }

    /// <summary>Gold records no prediction matched.</summary>
    public required IReadOnlyList<EngagementRecord> Misses { get; init; }

    /// <summary>Predictions that matched no gold record.</summary>
    public required IReadOnlyList<EngagementRecord> FalseAlarms { get; init; }

    /// <summary>Attribute disagreements on matched pairs, as "attribute: gold | predicted" lines, for error analysis.</summary>
    public required IReadOnlyList<string> AttributeErrors { get; init; }

    public double Accuracy(string attribute) => Attributes.TryGetValue(attribute, out var a) ? a.Accuracy : 1;
}

/// <summary>Correct out of compared for one attribute.</summary>
public sealed record AttributeScore(int Correct, int Compared)
{
    public double Accuracy => Compared == 0 ? 1 : (double)Correct / Compared;
}
