using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>
/// Resolves WorkflowsToInject (workflow- and rule-level): missing workflows, cycles and chains that are too deep are
/// reported; otherwise injected rules are appended after the workflow's own, recursively. Unlike RulesEngine, nothing
/// stored is mutated, so the lists never grow from one evaluation to the next.
/// </summary>
internal sealed class InjectionLinker(LoadContext context, IReadOnlyDictionary<string, CompiledWorkflow> byName)
{
    private readonly Dictionary<CompiledWorkflow, List<(CompiledWorkflow Target, LocatedString Entry)>> _edges = [];
    private readonly Dictionary<CompiledWorkflow, int> _heights = [];
    private readonly Dictionary<CompiledWorkflow, IReadOnlyList<CompiledRule>> _finalRules = [];

    /// <summary>Sets every workflow's final rule list and every composite rule's injected children; false when a link is broken.</summary>
    public bool Link(IReadOnlyList<CompiledWorkflow> workflows)
    {
        var errorsBefore = context.Diagnostics.Count;
        foreach (var workflow in workflows)
        {
            _edges[workflow] = Resolve(workflow, context.WorkflowInjections[workflow]);
        }

        foreach (var injection in context.RuleInjections)
        {
            _edges[injection.DeclaringWorkflow].AddRange(Resolve(injection.DeclaringWorkflow, injection.WorkflowNames));
        }

        var state = new Dictionary<CompiledWorkflow, bool>();
        foreach (var workflow in workflows)
        {
            FindCycles(workflow, state, []);
        }

        if (HasNewErrors(errorsBefore))
        {
            return false;
        }

        foreach (var workflow in workflows)
        {
            if (Height(workflow) > context.Options.Limits.MaxInjectionDepth)
            {
                var entry = _edges[workflow][0].Entry;
                context.Diagnostics.Add(entry.Location.Error(DiagnosticCodes.InjectionTooDeep, $"Workflow '{workflow.Name}' injects workflows {Height(workflow)} levels deep, more than the limit of {context.Options.Limits.MaxInjectionDepth} (RuleLimits.MaxInjectionDepth); flatten the chain or raise the limit.", workflow.Name));
            }
        }

        if (HasNewErrors(errorsBefore))
        {
            return false;
        }

        foreach (var workflow in workflows)
        {
            workflow.Rules = FinalRules(workflow);
        }

        foreach (var injection in context.RuleInjections)
        {
            var children = new List<CompiledRule>(injection.OwnChildren);
            foreach (var name in injection.WorkflowNames)
            {
                children.AddRange(FinalRules(byName[name.Text]));
            }

            injection.Rule.Rules = children;
        }

        return true;
    }

    private bool HasNewErrors(int countBefore)
    {
        for (var i = countBefore; i < context.Diagnostics.Count; i++)
        {
            if (context.Diagnostics[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private List<(CompiledWorkflow, LocatedString)> Resolve(CompiledWorkflow workflow, IReadOnlyList<LocatedString> names)
    {
        var resolved = new List<(CompiledWorkflow, LocatedString)>();
        foreach (var name in names)
        {
            if (byName.TryGetValue(name.Text, out var target))
            {
                resolved.Add((target, name));
            }
            else
            {
                context.Diagnostics.Add(name.Location.Error(DiagnosticCodes.InjectedWorkflowNotFound, $"Workflow '{workflow.Name}' injects workflow '{name.Text}', which is not loaded.{NameSuggester.DidYouMean(name.Text, byName.Keys)}", workflow.Name));
            }
        }

        return resolved;
    }

    // Depth-first search; state: false = on the current path, true = finished.
    private void FindCycles(CompiledWorkflow workflow, Dictionary<CompiledWorkflow, bool> state, List<CompiledWorkflow> path)
    {
        if (state.TryGetValue(workflow, out var finished))
        {
            return;
        }

        state[workflow] = false;
        path.Add(workflow);
        foreach (var (target, entry) in _edges[workflow])
        {
            if (state.TryGetValue(target, out var done) && !done)
            {
                var cycle = path.Skip(path.IndexOf(target)).Select(w => w.Name).Append(target.Name);
                context.Diagnostics.Add(entry.Location.Error(DiagnosticCodes.InjectionCycle, $"WorkflowsToInject forms a cycle: {string.Join(" -> ", cycle)}; remove one of these injections.", workflow.Name));
            }
            else
            {
                FindCycles(target, state, path);
            }
        }

        path.RemoveAt(path.Count - 1);
        state[workflow] = true;
    }

    private int Height(CompiledWorkflow workflow)
    {
        if (_heights.TryGetValue(workflow, out var height))
        {
            return height;
        }

        height = 0;
        foreach (var (target, _) in _edges[workflow])
        {
            height = Math.Max(height, Height(target) + 1);
        }

        return _heights[workflow] = height;
    }

    private IReadOnlyList<CompiledRule> FinalRules(CompiledWorkflow workflow)
    {
        if (_finalRules.TryGetValue(workflow, out var rules))
        {
            return rules;
        }

        var all = new List<CompiledRule>(workflow.OwnRules);
        foreach (var name in context.WorkflowInjections[workflow])
        {
            all.AddRange(FinalRules(byName[name.Text]));
        }

        return _finalRules[workflow] = all;
    }
}
