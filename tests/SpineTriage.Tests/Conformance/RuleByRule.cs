using RulesEngine.Models;
using SpineTriage.Rules;

namespace SpineTriage.Tests.Conformance;

/// <summary>Our results beside RulesEngine's, rule by rule (children too, by name): a rule agrees when both name it and both call it a success or both do not.</summary>
internal static class RuleByRule
{
    /// <summary>One rule as each engine decided it; <see cref="TheirException"/> is RulesEngine's exception message, if any.</summary>
    internal readonly record struct Pair(string Path, RuleOutcome? Ours, bool? Theirs, string TheirException)
    {
        public bool Agrees => Ours is not null && Theirs is not null && (Ours == RuleOutcome.Met) == Theirs;

        public override string ToString() => $"{Path}: ours {Ours?.ToString() ?? "absent"}, RulesEngine {Theirs?.ToString() ?? "absent"} {TheirException}".TrimEnd();
    }

    /// <summary>Every rule of either list, matched by position and name (RulesEngine omits disabled rules, as we do).</summary>
    public static IEnumerable<Pair> Pairs(IReadOnlyList<RuleResult> ours, IReadOnlyList<RuleResultTree>? theirs, string path = "")
    {
        theirs ??= [];
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            var mine = i < ours.Count ? ours[i] : null;
            var their = i < theirs.Count ? theirs[i] : null;
            var name = mine?.Rule.Name ?? their!.Rule.RuleName;
            if (mine is not null && their is not null && !string.Equals(mine.Rule.Name, their.Rule.RuleName, StringComparison.Ordinal))
            {
                yield return new Pair($"{path}{mine.Rule.Name} (RulesEngine has {their.Rule.RuleName} here)", null, null, "");
                continue;
            }

            yield return new Pair(path + name, mine?.Outcome, their?.IsSuccess, their?.ExceptionMessage ?? "");
            if (mine is { ChildResults.Count: > 0 } || their?.ChildResults is not null)
            {
                foreach (var child in Pairs(mine?.ChildResults ?? [], their?.ChildResults?.ToList(), $"{path}{name}/"))
                {
                    yield return child;
                }
            }
        }
    }
}
