using SpineTriage.Rules;

namespace SpineTriage.Assessments;

/// <summary>The top-level rules a workflow evaluates, from outlines: its own, then each injected workflow's (recursively), as the engine links them.</summary>
internal static class InjectedRules
{
    public static IReadOnlyList<Rule> Of(WorkflowOutline outline, IReadOnlyList<WorkflowOutline> outlines)
    {
        var rules = new List<Rule>();
        Add(outline, outlines, rules, new HashSet<string>(StringComparer.OrdinalIgnoreCase));
        return rules;
    }

    private static void Add(WorkflowOutline outline, IReadOnlyList<WorkflowOutline> outlines, List<Rule> rules, HashSet<string> visiting)
    {
        if (!visiting.Add(outline.Name))
        {
            return; // a cycle, which the engine reports
        }

        rules.AddRange(outline.Rules);
        foreach (var name in outline.WorkflowsToInject)
        {
            var injected = outlines.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            if (injected is not null)
            {
                Add(injected, outlines, rules, visiting);
            }
        }

        visiting.Remove(outline.Name);
    }
}
