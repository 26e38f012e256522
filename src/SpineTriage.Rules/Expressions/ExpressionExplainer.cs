using System.Collections;
using System.Globalization;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions;

/// <summary>Explanations and missing inputs from the walker's explain mode: the slow path, run only on request.</summary>
internal static class ExpressionExplainer
{
    /// <summary>Evaluates with the walker's explain mode and records every node's value: the slow path, run only on request.</summary>
    public static ConditionExplanation Explain(BoundExpression expression, object?[] args, TruthMode mode)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return ToExplanation(ExplainMode.Walker(args, mode).Truth(expression));
        }
        catch (Exception exception) when (IsEvaluationFailure(exception))
        {
            // The compiled rule failed the same way and is Unknown (False in two-valued mode) with an exception message.
            var outcome = mode == TruthMode.ThreeValued ? RuleOutcome.Unknown : RuleOutcome.NotMet;
            return new ConditionExplanation(expression.Text, outcome, null, null, []);
        }
    }

    /// <summary>A run-time failure of the expression itself (overflow, a text over the limit, a throwing host getter), not of the process.</summary>
    private static bool IsEvaluationFailure(Exception exception) =>
        exception is not OutOfMemoryException;

    /// <summary>The input paths that were missing, such as customer.CreditLimit or order.Lines[1].Discount, distinct, in reading order.</summary>
    /// <param name="expression">The condition.</param>
    /// <param name="args">The inputs.</param>
    /// <param name="kept">Parameter results kept from earlier walks over the same inputs (see <see cref="MissingMode.Walker"/>), or null.</param>
    /// <returns>The paths; empty when the condition is not Unknown.</returns>
    public static IReadOnlyList<string> MissingInputs(BoundExpression expression, object?[] args, Dictionary<(BoundExpression Value, bool AsTruth), MissingPaths>? kept = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            var found = MissingMode.Walker(args, kept).Truth(expression);
            return found.IsMissing ? found.Missing : [];
        }
        catch (Exception exception) when (IsEvaluationFailure(exception))
        {
            return [];
        }
    }

    /// <summary>The missing inputs of an Unknown condition, walked over <paramref name="args"/> by a kept walker (restarted first, released after).</summary>
    internal static IReadOnlyList<string> MissingInputsWith(BoundExpression expression, object?[] args, Interpretation.ExpressionWalker<Interpretation.MissingMode, Interpretation.MissingPaths> walker)
    {
        walker.Restart(args);
        try
        {
            var found = walker.Truth(expression);
            return found.IsMissing ? found.Missing : [];
        }
        catch (Exception exception) when (IsEvaluationFailure(exception))
        {
            return [];
        }
        finally
        {
            walker.Release();
        }
    }

    private static ConditionExplanation ToExplanation(Interpretation.ExplainedNode evaluation)
    {
        var node = evaluation.Node;
        var text = node is BoundParameter parameter ? parameter.Name : node.Text;
        var truth = node.Type == typeof(bool) ? evaluation.AsTruth : (Truth?)null;
        var value = truth is null ? Format(evaluation.Value) : null;
        var missing = evaluation.IsMissing && evaluation.Missing.Count > 0 ? evaluation.Missing[0] : null;
        return new ConditionExplanation(text, (RuleOutcome?)truth, value, missing, [.. evaluation.Operands.Select(ToExplanation)]);
    }

    /// <summary>Invariant formatting: numbers round-trip, strings quoted, enums by name, collections by count.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => ExpressionPrinter.Quote(text),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        ICollection collection => $"[{collection.Count} item{(collection.Count == 1 ? "" : "s")}]",
        _ => value.GetType().Name,
    };
}
