using System.Text.Json.Nodes;
using SpineTriage.Rules;

namespace SpineTriage.Fhir.Mapping;

/// <summary>
/// Chooses one candidate per slot: the most recent effective date wins (undated counts as oldest). Two candidates on the
/// latest date that disagree are a conflict: both are reported and the slot stays empty, because picking one would be a
/// guess. For a lowest-of field, the latest of each code competes and the lowest value wins.
/// </summary>
internal static class CandidateResolver
{
    public static List<Candidate> Resolve(IEnumerable<Candidate> candidates, Func<string, bool> takesLowest, List<Diagnostic> problems, List<UnusedResource> unused)
    {
        var chosen = new List<Candidate>();
        foreach (var slot in candidates.GroupBy(c => c.Slot, StringComparer.Ordinal))
        {
            if (takesLowest(slot.Key))
            {
                var latestPerCode = slot.GroupBy(c => c.Group ?? string.Empty, StringComparer.Ordinal)
                    .Select(code => Latest(code.ToList(), problems, unused))
                    .OfType<Candidate>()
                    .ToList();
                if (latestPerCode.Count > 0)
                {
                    var lowest = latestPerCode.MinBy(c => c.Value.GetValue<double>())!;
                    foreach (var other in latestPerCode.Where(c => !ReferenceEquals(c, lowest)))
                    {
                        unused.Add(new UnusedResource(other.Resource, $"{other.Slot} takes the lowest value; {lowest.Resource} is lower."));
                    }

                    chosen.Add(lowest);
                }

                continue;
            }

            if (Latest(slot.ToList(), problems, unused) is { } latest)
            {
                chosen.Add(latest);
            }
        }

        return chosen;
    }

    private static Candidate? Latest(List<Candidate> candidates, List<Diagnostic> problems, List<UnusedResource> unused)
    {
        var newest = candidates.Max(c => c.Effective ?? DateTimeOffset.MinValue);
        var latest = candidates.Where(c => (c.Effective ?? DateTimeOffset.MinValue) == newest).ToList();
        var winner = latest[0];
        if (latest.Any(c => !JsonNode.DeepEquals(c.Value, winner.Value)))
        {
            var resources = string.Join(", ", latest.Select(c => $"{c.Resource} ({c.Value.ToJsonString()})"));
            foreach (var candidate in latest)
            {
                problems.Add(new Diagnostic(DiagnosticSeverity.Error, FhirProblemCodes.ConflictingValues,
                    $"{Display(candidate.Slot)} has different values on the same date{(newest == DateTimeOffset.MinValue ? " (none is dated)" : $" ({newest:yyyy-MM-dd})")}: {resources}. It is left out; correct or date the resources.")
                {
                    File = candidate.Resource,
                    JsonPath = candidate.Sources.FirstOrDefault()?.Element,
                });
            }

            return null;
        }

        foreach (var older in candidates.Where(c => !latest.Contains(c)))
        {
            unused.Add(new UnusedResource(older.Resource, $"{Display(older.Slot)}: superseded by {winner.Resource}, which is more recent."));
        }

        foreach (var same in latest.Skip(1))
        {
            unused.Add(new UnusedResource(same.Resource, $"{Display(same.Slot)}: the same value as {winner.Resource}, on the same date."));
        }

        return winner;
    }

    private static string Display(string slot) => slot.Replace('#', ' ');
}
