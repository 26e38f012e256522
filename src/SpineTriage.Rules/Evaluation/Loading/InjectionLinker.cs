using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>
/// Resolves WorkflowsToInject (workflow- and rule-level): missing workflows, cycles and chains that are too deep are
/// reported; otherwise injected rules are appended after the workflow's own, recursively. Unlike RulesEngine, nothing
/// stored is mutated, so the lists never grow from one evaluation to the next. Injection multiplies rules (a workflow
/// injected ten times at each of sixteen levels would be 10^16 rules), so the expanded rules are counted, without
/// materialising any, and refused past the limits before a list is built; injecting a workflow twice in one list is an error.
/// </summary>
internal sealed class InjectionLinker(LoadContext context, IReadOnlyDictionary<string, Workflow> byName)
{
    private readonly Dictionary<Workflow, List<(Workflow Target, LocatedString Entry)>> _edges = [];
    private readonly Dictionary<Workflow, int> _heights = [];
    private readonly Dictionary<Workflow, IReadOnlyList<Rule>> _finalRules = [];
    private readonly Dictionary<Workflow, long> _expandedCounts = [];

    /// <summary>Sets every workflow's final rule list and every composite rule's injected children; false when a link is broken.</summary>
    public bool Link(IReadOnlyList<Workflow> workflows)
    {
        var errorsBefore = context.Diagnostics.ErrorCount;
        foreach (var workflow in workflows)
        {
            _edges[workflow] = Resolve(workflow, context.WorkflowInjections[workflow]);
        }

        foreach (var injection in context.RuleInjections)
        {
            _edges[injection.DeclaringWorkflow].AddRange(Resolve(injection.DeclaringWorkflow, injection.WorkflowNames));
        }

        // A missing or repeated injection is left out of the graph, so the checks below still run on the rest.
        var cyclesBefore = context.Diagnostics.ErrorCount;
        var state = new Dictionary<Workflow, bool>();
        foreach (var workflow in workflows)
        {
            FindCycles(workflow, state, []);
        }

        if (HasNewErrors(cyclesBefore))
        {
            return false;
        }

        var depthBefore = context.Diagnostics.ErrorCount;

        foreach (var workflow in workflows)
        {
            if (Height(workflow) > context.Options.Limits.MaxInjectionDepth)
            {
                var entry = _edges[workflow][0].Entry;
                context.Diagnostics.Add(entry.Location.Error(DiagnosticCodes.InjectionTooDeep, $"Workflow '{workflow.Name}' injects workflows {Height(workflow)} levels deep, more than the limit of {context.Options.Limits.MaxInjectionDepth} (RuleLimits.MaxInjectionDepth); flatten the chain or raise the limit.", workflow.Name));
            }
        }

        if (HasNewErrors(depthBefore))
        {
            return false;
        }

        CheckExpandedCounts(workflows);
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
            var children = new List<Rule>(injection.OwnChildren);
            foreach (var name in injection.WorkflowNames)
            {
                children.AddRange(FinalRules(byName[name.Text]));
            }

            injection.Rule.Rules = children;
        }

        return true;
    }

    private bool HasNewErrors(int errorsBefore) => context.Diagnostics.ErrorCount > errorsBefore;

    private List<(Workflow, LocatedString)> Resolve(Workflow workflow, IReadOnlyList<LocatedString> names)
    {
        var resolved = new List<(Workflow, LocatedString)>();
        var entries = new Dictionary<string, List<LocatedString>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (entries.TryGetValue(name.Text, out var earlier))
            {
                earlier.Add(name);
                continue;
            }

            entries[name.Text] = [name];
            if (byName.TryGetValue(name.Text, out var target))
            {
                resolved.Add((target, name));
            }
            else
            {
                context.Diagnostics.Add(name.Location.Error(DiagnosticCodes.InjectedWorkflowNotFound, $"Workflow '{workflow.Name}' injects workflow '{name.Text}', which is not loaded.{NameSuggester.DidYouMean(name.Text, byName.Keys)}", workflow.Name));
            }
        }

        foreach (var repeated in entries.Values.Where(e => e.Count > 1))
        {
            // Each copy would add every rule again (and injection multiplies): one error per repeated name, at its second entry.
            context.Diagnostics.Add(repeated[1].Location.Error(DiagnosticCodes.DuplicateInjection, $"Workflow '{workflow.Name}' injects workflow '{repeated[1].Text}' {repeated.Count} times in one WorkflowsToInject list (first at {repeated[0].Location.JsonPath}); inject each workflow once.", workflow.Name));
        }

        return resolved;
    }

    // Depth-first search; state: false = on the current path, true = finished.
    private void FindCycles(Workflow workflow, Dictionary<Workflow, bool> state, List<Workflow> path)
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

    private int Height(Workflow workflow)
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

    private void CheckExpandedCounts(IReadOnlyList<Workflow> workflows)
    {
        var limits = context.Options.Limits;
        long total = 0;
        foreach (var workflow in workflows)
        {
            var count = ExpandedCount(workflow);
            total = SaturatingAdd(total, count);
            // Reported where the excess starts: a workflow that injects one already over the limit is over because of it.
            if (count > limits.MaxRulesPerWorkflow && _edges[workflow].Count > 0 && _edges[workflow].TrueForAll(edge => ExpandedCount(edge.Target) <= limits.MaxRulesPerWorkflow))
            {
                context.Diagnostics.Add(_edges[workflow][0].Entry.Location.Error(DiagnosticCodes.TooManyRules, $"Workflow '{workflow.Name}' has {Measure(count)} rules once WorkflowsToInject is expanded (nested and injected rules counted), more than the limit of {limits.MaxRulesPerWorkflow:N0} (RuleLimits.MaxRulesPerWorkflow); inject fewer workflows or raise the limit.", workflow.Name));
            }
        }

        if (total > limits.MaxRulesPerRuleSet && workflows.Count > 0)
        {
            var largest = workflows.MaxBy(ExpandedCount)!;
            var location = _edges[largest].Count > 0 ? _edges[largest][0].Entry.Location : LocationOf(largest.OwnRules[0]);
            context.Diagnostics.Add(location.Error(DiagnosticCodes.TooManyRules, $"The rule set has {Measure(total)} rules once WorkflowsToInject is expanded in every workflow, more than the limit of {limits.MaxRulesPerRuleSet:N0} (RuleLimits.MaxRulesPerRuleSet); the largest is workflow '{largest.Name}' with {Measure(ExpandedCount(largest))}. Inject fewer workflows or raise the limit.", largest.Name));
        }
    }

    private static SourceLocation LocationOf(Rule rule) => new(rule.SourceName ?? string.Empty, rule.Line, rule.Column, rule.JsonPath);

    private static string Measure(long count) => count == long.MaxValue ? $"more than {long.MaxValue:N0}" : $"{count:N0}";

    /// <summary>The rules a workflow evaluates once injections are expanded, nested rules counted, computed without building any list.</summary>
    private long ExpandedCount(Workflow workflow)
    {
        if (_expandedCounts.TryGetValue(workflow, out var count))
        {
            return count;
        }

        count = CountTree(workflow.OwnRules);
        foreach (var (target, _) in _edges[workflow])
        {
            count = SaturatingAdd(count, ExpandedCount(target));
        }

        return _expandedCounts[workflow] = count;
    }

    private static long CountTree(IReadOnlyList<Rule> rules)
    {
        long count = rules.Count;
        foreach (var rule in rules)
        {
            count += CountTree(rule.Rules);
        }

        return count;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private IReadOnlyList<Rule> FinalRules(Workflow workflow)
    {
        if (_finalRules.TryGetValue(workflow, out var rules))
        {
            return rules;
        }

        // Without injections the workflow's rules are its own: the same list, not a copy of it (an array of 80 KB that a
        // 10,000-rule load kept twice: CompileScalingBenchmarks.Load).
        var injections = context.WorkflowInjections[workflow];
        if (injections.Count == 0)
        {
            return _finalRules[workflow] = workflow.OwnRules;
        }

        var all = new List<Rule>(workflow.OwnRules);
        foreach (var name in injections)
        {
            all.AddRange(FinalRules(byName[name.Text]));
        }

        return _finalRules[workflow] = all;
    }
}
