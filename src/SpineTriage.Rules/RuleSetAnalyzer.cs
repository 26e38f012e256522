using SpineTriage.Rules.Analysis;
using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules;

/// <summary>
/// Warnings for rule authors that loading does not raise: rules whose condition can never be true (never Met) or never
/// false (never NotMet) whatever the inputs, null tests on members that cannot be null themselves, and constant global
/// parameters (thresholds) that nothing reads. Runs on the outlines, so it also works when some expressions failed.
/// </summary>
public static class RuleSetAnalyzer
{
    /// <summary>Analyzes the rules of a load result.</summary>
    /// <param name="result">The result of <see cref="RuleSet.TryLoad"/>.</param>
    /// <returns>Warnings, each located at the rule or parameter, in workflow and rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IReadOnlyList<Diagnostic> Analyze(RuleSetLoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var warnings = new DiagnosticList(DiagnosticCodes.MoreProblems);
        foreach (var outline in result.Outlines)
        {
            foreach (var rule in outline.Rules)
            {
                CheckRule(rule, outline.Name, warnings);
            }

            CheckUnusedThresholds(outline, warnings);
        }

        return warnings.ToList();
    }

    private static void CheckRule(Rule rule, string workflowName, DiagnosticList warnings)
    {
        var truths = Truths(rule);
        if (truths is not { } possible)
        {
            return;
        }

        if ((possible & Analysis.Truths.True) == 0)
        {
            warnings.Add(Warning(rule, workflowName, DiagnosticCodes.RuleNeverMet,
                $"Rule '{rule.Name}' can never be Met: its condition is never true whatever the case (after putting in the thresholds' values it is {Describe(possible)}); fix the comparison or the threshold, or remove the rule."));
        }
        else if ((possible & Analysis.Truths.False) == 0)
        {
            warnings.Add(Warning(rule, workflowName, DiagnosticCodes.RuleNeverNotMet,
                $"Rule '{rule.Name}' can never be NotMet: its condition is never false whatever the case (it is {Describe(possible)}); make it depend on the case, or remove the rule."));
        }

        foreach (var test in NullTests(rule))
        {
            warnings.Add(Warning(rule, workflowName, DiagnosticCodes.NullTestOnValue,
                $"In rule '{rule.Name}', '{test.Text}' tests a {test.Operand.Type.Name} member that cannot be null itself, so it only tests whether '{((BoundMember)Strip(test.Operand)).Target.Text}' is missing; test that directly, or make the member nullable."));
        }
    }

    private static Truths? Truths(Rule rule)
    {
        if (rule.Operator is null)
        {
            return rule.Condition is { } condition ? PossibleTruths.Of(condition) : null;
        }

        Truths? combined = null;
        foreach (var child in rule.Rules)
        {
            if (Truths(child) is not { } truths)
            {
                return null;
            }

            combined = combined is { } sofar ? PossibleTruths.Combine(sofar, truths, rule.IsAnd ? PossibleTruths.And : PossibleTruths.Or) : truths;
        }

        return combined;
    }

    private static IEnumerable<BoundNullTest> NullTests(Rule rule) =>
        rule.Condition is null ? [] : Walk(rule.Condition, parameters: false).OfType<BoundNullTest>()
            .Where(t => t.Kind != NullTestKind.IsNullOrEmpty && Strip(t.Operand) is BoundMember member
                && member.Property.PropertyType.IsValueType && Nullable.GetUnderlyingType(member.Property.PropertyType) is null);

    private static void CheckUnusedThresholds(WorkflowOutline outline, DiagnosticList warnings)
    {
        var read = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var trees = outline.Rules.SelectMany(Conditions).Concat(outline.GlobalParams.Select(g => g.Bound).OfType<BoundExpression>());
        foreach (var node in trees.SelectMany(t => Walk(t, parameters: true)))
        {
            if (node is BoundParameter parameter)
            {
                read.Add(parameter.Name);
            }
        }

        foreach (var global in outline.GlobalParams.Where(g => g.IsConstant && TypeRules.IsNumeric(g.Type) && !read.Contains(g.Name)))
        {
            var location = global.Location;
            warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnusedGlobalParameter,
                $"Threshold '{global.Name}' ({global.Expression}) is declared in workflow '{outline.Name}' but no rule or parameter of it reads it; use it in a rule, or remove it so nobody tunes a value that changes nothing.")
            {
                File = location?.File ?? outline.SourceName,
                Line = location?.Line ?? outline.Line,
                Column = location?.Column ?? outline.Column,
                JsonPath = location?.JsonPath,
                WorkflowName = outline.Name,
            });
        }
    }

    private static IEnumerable<BoundExpression> Conditions(Rule rule) =>
        rule.Condition is { } condition ? [condition] : rule.Rules.SelectMany(Conditions);

    /// <summary>Every node; into parameters' values only when asked (a global's own tree is analyzed where it is declared).</summary>
    private static IEnumerable<BoundExpression> Walk(BoundExpression node, bool parameters)
    {
        var stack = new Stack<BoundExpression>([node]);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            if (current is BoundParameter && !parameters)
            {
                continue;
            }

            foreach (var child in current.Children)
            {
                stack.Push(child);
            }
        }
    }

    private static BoundExpression Strip(BoundExpression node) => node is BoundConvert convert ? Strip(convert.Operand) : node;

    private static string Describe(Truths truths) => truths switch
    {
        Analysis.Truths.False => "always false",
        Analysis.Truths.True => "always true",
        Analysis.Truths.Unknown => "always Unknown",
        _ when (truths & Analysis.Truths.True) == 0 => "false or Unknown, never true",
        _ => "true or Unknown, never false",
    };

    private static Diagnostic Warning(Rule rule, string workflowName, string code, string message) =>
        new Diagnostic(DiagnosticSeverity.Warning, code, message).LocatedAt(rule, workflowName);
}
