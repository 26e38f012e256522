using SpineTriage.Assessments.Exact;
using SpineTriage.Reports;
using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>
/// What the report and the verdicts-only result share, from one assessment's rule outcomes and exact resolution: the
/// verdict, the missing and deciding inputs as case JSON paths, and the Met red-flag rules. No reason or text is built.
/// </summary>
internal static class AssessmentVerdicts
{
    public static AssessmentVerdict Of(AssessmentDefinition definition, WorkflowResult result, ExactResolution exact) =>
        new(definition.Assessment, Verdict(exact), exact.Possible, Deciding(exact), Missing(definition, result, exact));

    /// <summary>The exact verdict; Incomplete with no deciding input is a rule error (the undecided rules failed rather than lacked data).</summary>
    public static string Verdict(ExactResolution exact) =>
        exact.Verdict == AssessmentResult.IncompleteVerdict && exact.DecidingInputs.Count == 0 ? AssessmentResult.RuleErrorVerdict : exact.Verdict;

    public static string[] Deciding(ExactResolution exact) => JsonPaths(exact.DecidingInputs);

    /// <summary>
    /// Every missing input the verdict rules read: those exact reasoning searched, then those the Unknown rules reported
    /// rule by rule (not read for the rules whose lists exact reasoning showed add nothing, unless <paramref name="readEveryRule"/>).
    /// </summary>
    public static string[] Missing(AssessmentDefinition definition, WorkflowResult result, ExactResolution exact, bool readEveryRule = false)
    {
        var listed = readEveryRule ? [] : exact.RulesWithInputsListed;
        var nextListed = 0;
        List<string>? missing = null;
        var searched = exact.MissingInputs;
        for (var k = 0; k < searched.Count; k++)
        {
            var input = searched[k];
            AddDistinct(ref missing, input);
        }

        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (nextListed < listed.Count && listed[nextListed] == i)
            {
                nextListed++;
                continue;
            }

            if (definition.RuleVerdicts[i] is not null && result.OutcomeOf(i) == RuleOutcome.Unknown)
            {
                var reported = result.ResultOf(i).MissingInputs;
                for (var k = 0; k < reported.Count; k++)
                {
                    var input = reported[k];
                    AddDistinct(ref missing, input);
                }
            }
        }

        if (missing is null)
        {
            return [];
        }

        RemoveListedObjects(missing);
        return JsonPaths(missing);
    }

    /// <summary>
    /// Removes an object that a rule reported missing (<c>symptoms</c>) when inputs inside it are listed too
    /// (<c>symptoms.odi</c>): the search names those that decide, and the object listed beside them would read as
    /// missing data that does not change the verdict.
    /// </summary>
    private static void RemoveListedObjects(List<string> missing)
    {
        if (missing.Count < 2)
        {
            return;
        }

        // Loops, not lambdas: this runs for every assessment of every case (DefaultPackMissingDataBenchmarks.EngineVerdictsOnly).
        for (var i = missing.Count - 1; i >= 0; i--)
        {
            var path = missing[i];
            foreach (var other in missing)
            {
                if (other.Length > path.Length && other[path.Length] is '.' or '[' && other.StartsWith(path, StringComparison.Ordinal))
                {
                    missing.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>Adds each Met red-flag rule of the assessment that is not listed yet (a case's red flags are listed once).</summary>
    public static void AddRedFlags(AssessmentDefinition definition, WorkflowResult result, List<string> names)
    {
        for (var i = 0; i < definition.RuleVerdicts.Count; i++)
        {
            if (definition.Annotations[i].Kind == RuleAnnotations.RedFlagKind && result.OutcomeOf(i) == RuleOutcome.Met)
            {
                var name = definition.Workflow.Rules[i].Name;
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }
    }

    private static string[] JsonPaths(IReadOnlyList<string> memberPaths)
    {
        if (memberPaths.Count == 0)
        {
            return [];
        }

        var paths = new string[memberPaths.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = CasePaths.ToJsonPath(memberPaths[i]);
        }

        return paths;
    }

    private static void AddDistinct(ref List<string>? list, string item)
    {
        list ??= [];
        foreach (var existing in list)
        {
            if (string.Equals(existing, item, StringComparison.Ordinal))
            {
                return;
            }
        }

        list.Add(item);
    }
}
