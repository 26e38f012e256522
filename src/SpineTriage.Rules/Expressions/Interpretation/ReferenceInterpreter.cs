using System.Globalization;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// A plain interpreter over the bound tree, with no System.Linq.Expressions: the slow path behind explanations and
/// missing-input lists, and the oracle the compiled delegates are tested against. It follows the compiler's order of
/// evaluation and short-circuits exactly, so both raise the same exceptions.
/// </summary>
internal sealed partial class ReferenceInterpreter(object?[] args, TruthMode mode)
{
    private static readonly IReadOnlyList<string> None = [];
    private static readonly IReadOnlyList<Evaluation> NoOperands = [];
    private readonly Dictionary<LambdaVariable, (object? Value, string Path)> _variables = [];

    private Truth MissingTruth => mode == TruthMode.ThreeValued ? Truth.Unknown : Truth.False;

    public static Evaluation Evaluate(BoundExpression expression, object?[] args, TruthMode mode) => new ReferenceInterpreter(args, mode).Evaluate(expression);

    public Evaluation Evaluate(BoundExpression node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return EvaluateNode(node);
    }

    private Evaluation EvaluateNode(BoundExpression node) => node switch
    {
        BoundConstant constant => Known(node, constant.Value),
        BoundInput input => Read(node, args[input.Index], input.Name),
        BoundParameter parameter => Parameter(parameter),
        BoundLambdaVariable variable => Read(node, _variables[variable.Variable].Value, _variables[variable.Variable].Path),
        BoundMember member => Member(member),
        BoundConvert convert => Convert(convert),
        BoundUnary unary => Unary(unary),
        BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or } logic => Logic(logic),
        BoundBinary { IsComparison: true } comparison => Comparison(comparison),
        BoundBinary { Operator: BinaryOperator.Coalesce } coalesce => Coalesce(coalesce),
        BoundBinary arithmetic => Arithmetic(arithmetic),
        BoundNullTest test => NullTest(test),
        BoundConditional conditional => Conditional(conditional),
        BoundIn inList => In(inList),
        BoundStringCall call => StringCall(call),
        BoundMathCall call => MathCall(call),
        BoundCollectionCall call => CollectionCall(call),
        _ => throw new InvalidOperationException($"Unexpected bound node {node.GetType().Name}."),
    };

    /// <summary>
    /// Evaluates a node where a condition is needed. As in the compiled code, a missing boolean value there is the
    /// missing truth: Unknown, or False in two-valued mode.
    /// </summary>
    public Evaluation EvaluateCondition(BoundExpression node)
    {
        var evaluation = Evaluate(node);
        return mode == TruthMode.TwoValued && evaluation.AsTruth == Truth.Unknown
            ? evaluation with { Value = null, Truth = Truth.False, Missing = None }
            : evaluation;
    }

    private static Evaluation Known(BoundExpression node, object? value, params Evaluation[] operands) =>
        node.Type == typeof(bool) && value is bool b ? WithTruth(node, b ? Truth.True : Truth.False, None, operands)
            : node.Type == typeof(bool) ? WithTruth(node, Truth.Unknown, None, operands)
            : new Evaluation(node, value, null, None, null, operands);

    private static Evaluation WithTruth(BoundExpression node, Truth truth, IReadOnlyList<string> missing, params Evaluation[] operands) =>
        new(node, null, truth, truth == Truth.Unknown ? missing : None, null, operands);

    /// <summary>A value that may be missing: bool values become truths, and missing ones carry the given paths.</summary>
    private Evaluation ValueOrMissing(BoundExpression node, object? value, IReadOnlyList<string> missing, string? path, params Evaluation[] operands)
    {
        if (node.Type == typeof(bool))
        {
            var truth = value is bool b ? b ? Truth.True : Truth.False : Truth.Unknown;
            return new Evaluation(node, null, truth, truth == Truth.Unknown ? missing : None, path, operands);
        }

        return new Evaluation(node, value, null, value is null ? missing : None, path, operands);
    }

    private Evaluation Read(BoundExpression node, object? value, string path) => ValueOrMissing(node, value, [path], path);

    private Evaluation Parameter(BoundParameter parameter)
    {
        var inner = Evaluate(parameter.Value);
        return inner with { Node = parameter, Operands = [inner] };
    }

    private Evaluation Member(BoundMember member)
    {
        var target = Evaluate(member.Target);
        var path = target.Path is null ? member.Text : $"{target.Path}.{member.Property.Name}";
        if (target.Value is null)
        {
            return ValueOrMissing(member, null, target.Missing.Count > 0 ? target.Missing : [member.Target.Text], path);
        }

        return ValueOrMissing(member, member.Property.GetValue(target.Value), [path], path);
    }

    private Evaluation Convert(BoundConvert convert)
    {
        var operand = Evaluate(convert.Operand);
        var value = operand.Value is null ? null : System.Convert.ChangeType(operand.Value, convert.Type, CultureInfo.InvariantCulture);
        return operand with { Node = convert, Value = value };
    }

    private Evaluation Unary(BoundUnary unary)
    {
        if (unary.Operator == UnaryOperator.Not)
        {
            var condition = EvaluateCondition(unary.Operand);
            var not = condition.AsTruth switch { Truth.True => Truth.False, Truth.False => Truth.True, _ => Truth.Unknown };
            return WithTruth(unary, not, condition.Missing, condition);
        }

        var operand = Evaluate(unary.Operand);
        return ValueOrMissing(unary, operand.Value is null ? null : Arithmetics.Negate(operand.Value), operand.Missing, null, operand);
    }

    private Evaluation Logic(BoundBinary logic)
    {
        var and = logic.Operator == BinaryOperator.And;
        var (stop, pass) = and ? (Truth.False, Truth.True) : (Truth.True, Truth.False);
        var left = EvaluateCondition(logic.Left);
        if (left.AsTruth == stop)
        {
            return WithTruth(logic, stop, None, left);
        }

        var right = EvaluateCondition(logic.Right);
        var truth = right.AsTruth == stop ? stop : left.AsTruth == pass ? right.AsTruth : Truth.Unknown;
        return WithTruth(logic, truth, Missing(left, right), left, right);
    }

    /// <summary>
    /// The distinct missing paths of the operands that are missing or Unknown, in order of first appearance. The lists
    /// it is given are already distinct, so one missing operand (the usual case) is returned as it is, with no copy.
    /// </summary>
    private static IReadOnlyList<string> Missing(params Evaluation[] evaluations)
    {
        IReadOnlyList<string>? first = null;
        List<string>? merged = null;
        foreach (var evaluation in evaluations)
        {
            if (evaluation.Missing.Count == 0 || !(evaluation.AsTruth == Truth.Unknown || (evaluation.Truth is null && evaluation.Value is null)))
            {
                continue;
            }

            if (first is null)
            {
                first = evaluation.Missing;
                continue;
            }

            merged ??= [.. first];
            foreach (var path in evaluation.Missing)
            {
                if (!merged.Contains(path, StringComparer.Ordinal))
                {
                    merged.Add(path);
                }
            }
        }

        return merged ?? first ?? None;
    }

    private Evaluation Comparison(BoundBinary comparison)
    {
        var left = Evaluate(comparison.Left);
        var right = Evaluate(comparison.Right);
        return Compare(comparison, comparison.Operator, left, right);
    }

    private Evaluation Compare(BoundExpression node, BinaryOperator op, Evaluation left, Evaluation right, params Evaluation[] operands)
    {
        var (a, b) = (left.AsValue, right.AsValue);
        if (a is null || b is null)
        {
            return WithTruth(node, MissingTruth, Missing(left, right), operands.Length > 0 ? operands : [left, right]);
        }

        var truth = Arithmetics.Compare(op, a, b) ? Truth.True : Truth.False;
        return WithTruth(node, truth, None, operands.Length > 0 ? operands : [left, right]);
    }

    private Evaluation Coalesce(BoundBinary coalesce)
    {
        var left = Evaluate(coalesce.Left);
        if (left.AsValue is not null)
        {
            return ValueOrMissing(coalesce, left.AsValue, None, null, left);
        }

        var right = Evaluate(coalesce.Right);
        return ValueOrMissing(coalesce, right.AsValue, right.Missing, null, left, right);
    }

    private Evaluation Arithmetic(BoundBinary arithmetic)
    {
        var left = Evaluate(arithmetic.Left);
        var right = Evaluate(arithmetic.Right);
        if (left.Value is null || right.Value is null)
        {
            return ValueOrMissing(arithmetic, null, Missing(left, right), null, left, right);
        }

        var value = left.Value is string a && right.Value is string b
            ? BoundedText.Concat(a, b, arithmetic.MaxTextLength)
            : Arithmetics.Apply(arithmetic.Operator, left.Value, right.Value);
        return ValueOrMissing(arithmetic, value, None, null, left, right);
    }

    private Evaluation NullTest(BoundNullTest test)
    {
        var operand = Evaluate(test.Operand);
        var value = operand.AsValue;
        var isTrue = test.Kind switch
        {
            NullTestKind.IsNull => value is null,
            NullTestKind.IsNotNull => value is not null,
            _ => string.IsNullOrEmpty((string?)value),
        };
        return WithTruth(test, isTrue ? Truth.True : Truth.False, None, operand);
    }

    private Evaluation Conditional(BoundConditional conditional)
    {
        var condition = EvaluateCondition(conditional.Condition);
        var branch = condition.AsTruth switch
        {
            Truth.True => conditional.WhenTrue,
            Truth.False => conditional.WhenFalse,
            _ => null,
        };
        if (branch is null)
        {
            return ValueOrMissing(conditional, null, condition.Missing, null, condition);
        }

        var chosen = Evaluate(branch);
        return ValueOrMissing(conditional, chosen.AsValue, chosen.Missing, null, condition, chosen);
    }

    private Evaluation In(BoundIn inList)
    {
        var value = Evaluate(inList.Value);
        var operands = new List<Evaluation> { value };
        var truth = Truth.False;
        var missing = new List<string>();
        foreach (var item in inList.Items)
        {
            var itemValue = Evaluate(item);
            operands.Add(itemValue);
            var equal = Compare(inList, BinaryOperator.Equal, value, itemValue);
            truth = KleeneOr(truth, equal.AsTruth);
            missing.AddRange(equal.Missing);
            if (truth == Truth.True)
            {
                break;
            }
        }

        return WithTruth(inList, truth, missing.Distinct(StringComparer.Ordinal).ToList(), [.. operands]);
    }

    private static Truth KleeneOr(Truth left, Truth right) =>
        left == Truth.True || right == Truth.True ? Truth.True : left == Truth.Unknown || right == Truth.Unknown ? Truth.Unknown : Truth.False;
}
