namespace SpineTriage.Citations;

/// <summary>The published scale a pack grades its evidence on (its bibliography's <c>evidenceScale</c>), with the levels it allows.</summary>
/// <param name="Name">The scale's name, such as "Oxford Centre for Evidence-Based Medicine Levels of Evidence (March 2009)".</param>
/// <param name="ShortName">The name evidence texts use, such as "Oxford CEBM 2009".</param>
/// <param name="Url">Where the scale is published, or null.</param>
/// <param name="Levels">The allowed levels in scale order, each with its meaning.</param>
internal sealed record EvidenceScale(string Name, string ShortName, string? Url, IReadOnlyList<(string Level, string Meaning)> Levels)
{
    /// <summary>The meaning of <paramref name="level"/>, or null when the scale has no such level.</summary>
    public string? MeaningOf(string level)
    {
        foreach (var (name, meaning) in Levels)
        {
            if (string.Equals(name, level, StringComparison.Ordinal))
            {
                return meaning;
            }
        }

        return null;
    }
}
