using SpineTriage.Cases;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments.Exact;

/// <summary>
/// Exact reasoning about an assessment's missing data (DESIGN §5), as the engine's <see cref="VerdictPrecedence"/>
/// works it out for the assessment's verdict rules, read for the report: the verdict (the only possible one, or
/// Incomplete) and the notes on how exact the answer is, with inputs named by their case JSON paths.
/// </summary>
internal static class ExactVerdicts
{
    public static ExactResolution[] Resolve(
        IReadOnlyList<AssessmentDefinition> definitions, IReadOnlyList<WorkflowResult> results, ICompletionDomains domains, bool withConditions = true, bool searchWholeMissingLists = false)
    {
        var exact = new ExactResolution[definitions.Count];
        for (var a = 0; a < exact.Length; a++)
        {
            exact[a] = Resolve(definitions[a], results[a], domains, withConditions, searchWholeMissingLists);
        }

        return exact;
    }

    /// <summary>One assessment's exact resolution.</summary>
    /// <param name="definition">The assessment.</param>
    /// <param name="result">Its workflow's outcomes for the case.</param>
    /// <param name="domains">The values the search puts in for missing inputs.</param>
    /// <param name="withConditions">Whether to split the completions by verdict, from which the deciding inputs and each possible verdict's condition are read (a report, or <see cref="ITriageEngine.EvaluateVerdicts"/>); false for the possible verdicts only.</param>
    /// <param name="searchWholeMissingLists">Whether a list missing as a whole is searched through its yes/no conditions (<see cref="TriageOptions.SearchWholeMissingLists"/>) rather than answered by per-rule logic.</param>
    public static ExactResolution Resolve(AssessmentDefinition definition, WorkflowResult result, ICompletionDomains domains, bool withConditions = true, bool searchWholeMissingLists = false)
    {
        var possible = definition.Precedence.Resolve(result, domains, withConditions, searchWholeMissingLists);
        return new ExactResolution
        {
            Verdict = possible.Possible.Count == 1 ? possible.Possible[0] : AssessmentResult.IncompleteVerdict,
            Possible = possible.Possible,
            MissingInputs = possible.MissingInputs,
            DecidingInputs = possible.DecidingInputs,
            RulesWithInputsListed = possible.RulesWithInputsListed,
            Cubes = possible.Cubes,
            Variables = possible.Variables,
            FilledInputs = possible.FilledInputs,
            FallbackResiduals = possible.FallbackResiduals,
            ConditionsNote = possible.SplitGaveUp is { } split
                ? $"The possible verdicts are exact, but their conditions are the rules' own conditions on the missing data: {split}."
                : null,
            Approximation = possible.IndependentlySearched.Count == 0 ? null
                : $"{string.Join(", ", possible.IndependentlySearched.Select(CasePaths.ToJsonPath).Distinct(StringComparer.Ordinal))} is missing as a whole, and its conditions were searched as independent yes/no conditions: a verdict listed as possible may need a combination of them that no actual data gives.",
            GaveUp = possible.GaveUpAtWholeMissingInput is { } rule
                ? $"rule {rule} reads a whole missing collection or object (TriageOptions.SearchWholeMissingLists searches it)"
                : possible.GaveUp,
        };
    }

    /// <summary>
    /// A possible verdict's condition from the residuals of its rules (any of them holds), for when the completions are
    /// too many to split by verdict: "any of its rules' conditions, and no verdict listed above it". Written when a
    /// report asks (<see cref="VerdictConditions"/>), not when the verdicts are worked out.
    /// </summary>
    public static string FallbackCondition(AssessmentDefinition definition, IReadOnlyList<ResidualCondition?> residuals, IReadOnlyList<string> possible, string verdict)
    {
        var texts = new List<string>();
        for (var rule = 0; rule < definition.RuleVerdicts.Count; rule++)
        {
            if (definition.RuleVerdicts[rule] == verdict && residuals[rule] is { Outcome: null } residual)
            {
                texts.Add(residual.ReadsWholeInputs ? WholeMissingCondition(residual) : residual.ToPlainLanguage().ToString());
            }
        }

        texts = [.. texts.Distinct(StringComparer.Ordinal)];
        var own = texts.Count switch
        {
            0 => verdict == definition.DefaultVerdict ? "no rule of another verdict holds" : "its rules hold",
            1 => texts[0],
            _ => "any of: " + string.Join("; or ", texts),
        };
        return possible[0] == verdict ? own : own + ", and no verdict listed above it holds";
    }

    /// <summary>
    /// A residual that reads a collection or object whole, in words for a report, when its own text would spell out every
    /// rule body over the levels: "a condition on imaging.levels (missing as a whole) and care.ptWeeks holds".
    /// </summary>
    private static string WholeMissingCondition(ResidualCondition residual)
    {
        var wholes = residual.WholeInputs.Select(CasePaths.ToJsonPath).Distinct(StringComparer.Ordinal);
        var singles = residual.ValueInputs.Select(CasePaths.ToJsonPath).Distinct(StringComparer.Ordinal).ToList();
        var text = $"a condition on {string.Join(", ", wholes)} (missing as a whole)";
        return singles.Count == 0 ? text + " holds" : $"{text} and {string.Join(", ", singles)} holds";
    }
}
