using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Resolves EvaluateRule actions to top-level rules and refuses chains that would loop forever.</summary>
internal sealed class ActionLinker(LoadContext context, IReadOnlyDictionary<string, Workflow> byName)
{
    public void Link()
    {
        var edges = new Dictionary<Rule, List<(Rule Target, PendingEvaluateRule Link)>>();
        foreach (var pending in context.EvaluateRuleActions)
        {
            if (Resolve(pending) is { } target)
            {
                if (!edges.TryGetValue(pending.Owner, out var list))
                {
                    edges[pending.Owner] = list = [];
                }

                list.Add((target, pending));
            }
        }

        var state = new Dictionary<Rule, bool>();
        foreach (var rule in edges.Keys)
        {
            FindCycles(rule, edges, state, []);
        }
    }

    private Rule? Resolve(PendingEvaluateRule pending)
    {
        var action = pending.Action;
        var owner = pending.Owner;
        if (!byName.TryGetValue(action.WorkflowName, out var workflow))
        {
            context.Diagnostics.Add(pending.Location.Error(DiagnosticCodes.ActionWorkflowNotFound, $"EvaluateRule action of rule '{owner.Name}' names workflow '{action.WorkflowName}', which is not loaded.{NameSuggester.DidYouMean(action.WorkflowName, byName.Keys)}", owner.WorkflowName, owner.Name));
            return null;
        }

        foreach (var rule in workflow.Rules)
        {
            if (string.Equals(rule.Name, action.RuleName, StringComparison.OrdinalIgnoreCase))
            {
                action.TargetWorkflow = workflow;
                action.TargetRule = rule;
                return rule;
            }
        }

        var names = workflow.Rules.Select(r => r.Name);
        context.Diagnostics.Add(pending.Location.Error(DiagnosticCodes.ActionRuleNotFound, $"EvaluateRule action of rule '{owner.Name}' names rule '{action.RuleName}', which is not a top-level rule of workflow '{workflow.Name}'.{NameSuggester.DidYouMean(action.RuleName, names)}", owner.WorkflowName, owner.Name));
        return null;
    }

    private void FindCycles(Rule rule, Dictionary<Rule, List<(Rule Target, PendingEvaluateRule Link)>> edges, Dictionary<Rule, bool> state, List<Rule> path)
    {
        if (state.ContainsKey(rule))
        {
            return;
        }

        state[rule] = false;
        path.Add(rule);
        foreach (var (target, link) in edges.GetValueOrDefault(rule) ?? [])
        {
            if (state.TryGetValue(target, out var done) && !done)
            {
                var cycle = path.Skip(path.IndexOf(target)).Append(target).Select(r => $"{r.WorkflowName}/{r.Name}");
                context.Diagnostics.Add(link.Location.Error(DiagnosticCodes.ActionCycle, $"EvaluateRule actions form a cycle: {string.Join(" -> ", cycle)}; evaluating it would never end, so remove one of these actions.", rule.WorkflowName, rule.Name));
            }
            else
            {
                FindCycles(target, edges, state, path);
            }
        }

        path.RemoveAt(path.Count - 1);
        state[rule] = true;
    }
}
