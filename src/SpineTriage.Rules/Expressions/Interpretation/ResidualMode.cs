using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// The walker's residualise mode (partial evaluation, as OPA's and Cedar's over policies): known values are
/// substituted and simplified, and what depends on missing inputs is kept as an expression over them. A missing input
/// read by a comparison becomes a path variable (<c>order.Lines[0].Quantity</c>, an element by its
/// index); Any/All/Count/Sum/Min/Max over known elements are unrolled, element by element; Kleene absorption drops
/// what cannot matter (<c>false &amp;&amp; x</c> is false, <c>true &amp;&amp; x</c> is x). An explicit null test on a
/// missing input reads it as absent, as the rule pack's absence policy intends, unless the session opens that path
/// (its value is about to be filled in); what is missing whatever the inputs (the null literal) stays missing, so its
/// comparisons stay Unknown; a condition that fails at run time (overflow, division by zero) has no residual.
/// </summary>
internal readonly struct ResidualMode(ResidualSession session) : IWalkMode<Partial>
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    public bool KeepsOperands => false;

    public bool CanBeSymbolic => true;

    public Presence PresenceOf(in Partial result) =>
        result.Residual is not null ? Presence.Symbolic : result.Value is null ? Presence.Missing : Presence.Present;

    public object? ValueOf(in Partial result) => result.Value;

    public Partial Constant(BoundConstant node) => new(node.Value, null);

    public Partial Read(ExpressionWalker walker, BoundExpression node, object? value) =>
        value is not null ? new(value, null) : Partial.Of(session.PathVariable(walker.PathOf(node)!, node.Type));

    public Partial MemberOfMissing(ExpressionWalker walker, BoundMember node, in Partial target)
    {
        session.NoteNameBeyondInputs();
        return Partial.Missing;
    }

    /// <summary>A present text that is not a number stays so whatever is filled in: missing, not a path to fill.</summary>
    public Partial Unparsed(ExpressionWalker walker, BoundStringCall node, in Partial text)
    {
        session.NoteNameBeyondInputs();
        return Partial.Missing;
    }

    public bool TryKept(BoundExpression value, bool asTruth, out Partial result) => session.TryKept(value, asTruth, out result);

    public void Keep(BoundExpression value, bool asTruth, in Partial result) => session.Keep(value, asTruth, result);

    public Partial Parameter(BoundParameter node, in Partial inner) => inner;

    public Partial Convert(BoundConvert node, object? value, in Partial operand) => new(value, null);

    public Partial Value(BoundExpression node, object? value, in Partial operand) => new(value, null);

    public Partial Value(BoundExpression node, object? value, in Partial left, in Partial right) => new(value, null);

    public Partial Value(BoundExpression node, object? value, List<Partial>? operands) => new(value, null);

    public Partial Chosen(BoundExpression node, in Partial decided, in Partial chosen) => chosen;

    public Partial Truth(BoundExpression node, Truth truth, in Partial operand) => Box(truth);

    public Partial Truth(BoundExpression node, Truth truth, in Partial left, in Partial right) => Box(truth);

    public Partial Truth(BoundExpression node, Truth truth, List<Partial>? operands) => Box(truth);

    public Partial MissingAsCondition(in Partial value, Truth missingTruth) => Box(missingTruth);

    /// <summary>A path variable under a null test or on the left of <c>??</c> reads as absent (the test is decided) unless its path is open.</summary>
    public Partial AbsenceTestOperand(in Partial operand) =>
        operand.Residual is BoundInput path && !session.IsOpenForTest(path.Name) ? session.Absent(path) : operand;

    public Partial Symbolic(BoundExpression node, in Partial operand) => node switch
    {
        // A member of an object that is itself missing is a path of its own: order.Lines when order is missing.
        BoundMember member when operand.Residual is BoundInput target =>
            Partial.Of(session.PathVariable($"{target.Name}.{member.Property.Name}", member.Type)),
        BoundMember member => Made(new BoundMember(Expr(operand, member.Target.Type), member.Property, string.Empty)),
        BoundConvert convert => Made(new BoundConvert(Expr(operand, convert.Operand.Type), convert.Type)),
        BoundUnary unary => Made(new BoundUnary(unary.Operator, Expr(operand, unary.Operand.Type), string.Empty)),

        // An open path is filled in: it is not null (a text may still be empty).
        BoundNullTest { Kind: NullTestKind.IsNull } when operand.Residual is BoundInput => Box(Rules.Truth.False),
        BoundNullTest { Kind: NullTestKind.IsNotNull } when operand.Residual is BoundInput => Box(Rules.Truth.True),
        BoundNullTest test => Made(new BoundNullTest(test.Kind, Expr(operand, test.Operand.Type), string.Empty)),
        BoundStringCall call => Made(new BoundStringCall(call.Method, Expr(operand, call.Target.Type), null, string.Empty)),
        BoundMathCall call => Made(new BoundMathCall(call.Function, [Expr(operand, call.Arguments[0].Type)], string.Empty)),

        // Which elements a list view keeps, or in which order, would depend on what is filled in.
        BoundListView view => session.Unavailable($"which elements '{view.Text}' keeps, or their order, depends on missing inputs"),
        _ => throw Unexpected(node),
    };

    public Partial Symbolic(BoundExpression node, in Partial left, in Partial right) => node switch
    {
        // A filled-in path is never null, so a coalesce of one is the path.
        BoundBinary { Operator: BinaryOperator.Coalesce } when left.Residual is BoundInput => left,
        BoundConcatenation concatenation => Made(new BoundConcatenation(Expr(left, concatenation.Left.Type), Expr(right, concatenation.Right.Type), string.Empty, concatenation.MaxTextLength, null)),
        BoundBinary binary => Made(new BoundBinary(binary.Operator, Expr(left, binary.Left.Type), Expr(right, binary.Right.Type), binary.Type, string.Empty)),
        BoundStringCall call => Made(new BoundStringCall(call.Method, Expr(left, call.Target.Type), Expr(right, call.Argument!.Type), string.Empty)),
        BoundMathCall call => Made(new BoundMathCall(call.Function, [Expr(left, call.Arguments[0].Type), Expr(right, call.Arguments[1].Type)], string.Empty)),

        // The index over a list whose elements are known objects: what is read from the element would be read from the
        // objects as they are, missing members included, so the residual would not be exact. (Over a missing list the
        // list itself is the residual's input, filled in whole.)
        BoundElementAt at when left.Residual is null && !TypeRules.IsScalar(at.Type) =>
            session.Unavailable($"which element '{at.Text}' reads depends on missing inputs"),
        BoundElementAt at => Made(new BoundElementAt(Expr(left, at.Source.Type), at.Shape, Expr(right, typeof(int)), string.Empty)),
        _ => throw Unexpected(node),
    };

    public Partial Symbolic(BoundExpression node, in Partial first, in Partial second, in Partial third) => node switch
    {
        BoundConditional conditional => Made(new BoundConditional(
            Expr(first, typeof(bool)), Expr(second, conditional.WhenTrue.Type), Expr(third, conditional.WhenFalse.Type), string.Empty)),
        _ => throw Unexpected(node),
    };

    /// <summary><c>value in (items)</c> over the value and the items not known to differ from it.</summary>
    public Partial Symbolic(BoundExpression node, List<Partial> operands)
    {
        if (node is BoundTextCall text)
        {
            return Made(text.With([.. operands.Select((operand, i) => Expr(operand, text.Operands[i].Type))]));
        }

        if (node is BoundDateCall date)
        {
            return Made(date.With([.. operands.Select((operand, i) => Expr(operand, date.Operands[i].Type))]));
        }

        if (node is BoundHostCall host)
        {
            return Made(host.With([.. operands.Select((operand, i) => Expr(operand, host.Arguments[i].Type))]));
        }

        var inList = (BoundIn)node;
        var type = inList.Value.Type;
        var items = new BoundExpression[operands.Count - 1];
        for (var i = 1; i < operands.Count; i++)
        {
            items[i - 1] = Expr(operands[i], type);
        }

        return Made(new BoundIn(Expr(operands[0], type), items, string.Empty));
    }

    /// <summary>Kleene absorption: a dominant side decides, a neutral side leaves the other; else both stay.</summary>
    public Partial Logic(BoundBinary node, in Partial left, in Partial right)
    {
        var isAnd = node.Operator == BinaryOperator.And;
        var neutral = Kleene.Neutral(isAnd);
        if (right.Residual is null && TruthOf(right) == Kleene.Dominant(isAnd))
        {
            return right;
        }

        if (left.Residual is null && TruthOf(left) == neutral)
        {
            return right;
        }

        if (right.Residual is null && TruthOf(right) == neutral)
        {
            return left;
        }

        return Made(new BoundBinary(node.Operator, Expr(left, typeof(bool)), Expr(right, typeof(bool)), typeof(bool), string.Empty));
    }

    /// <summary>Any: the or of the symbolic bodies (and Unknown when a body was); All: the and.</summary>
    public Partial Quantified(BoundCollectionCall node, Truth rest, List<Partial> symbolicBodies)
    {
        var op = node.Method == CollectionMethod.Any ? BinaryOperator.Or : BinaryOperator.And;
        var result = Expr(symbolicBodies[0], typeof(bool));
        for (var i = 1; i < symbolicBodies.Count; i++)
        {
            result = Made(new BoundBinary(op, result, Expr(symbolicBodies[i], typeof(bool)), typeof(bool), string.Empty)).Residual!;
        }

        return rest == Rules.Truth.Unknown
            ? Made(new BoundBinary(op, result, new BoundConstant(typeof(bool), null, string.Empty), typeof(bool), string.Empty))
            : Partial.Of(result);
    }

    /// <summary>The known count plus one for each symbolic body that holds.</summary>
    public Partial Counted(BoundCollectionCall node, int known, List<Partial> symbolicBodies)
    {
        var one = new BoundConstant(typeof(int), 1, string.Empty);
        var zero = new BoundConstant(typeof(int), 0, string.Empty);
        BoundExpression? result = known == 0 ? null : new BoundConstant(typeof(int), known, string.Empty);
        foreach (var body in symbolicBodies)
        {
            var counted = Made(new BoundConditional(Expr(body, typeof(bool)), one, zero, string.Empty)).Residual!;
            result = result is null ? counted : Made(new BoundBinary(BinaryOperator.Add, result, counted, typeof(int), string.Empty)).Residual!;
        }

        return Partial.Of(result!);
    }

    /// <summary>Sum as a chain of additions from 0, Average as that sum divided by the count; Min/Max as a chain of Math.Min/Math.Max, in element order.</summary>
    public Partial Aggregated(BoundCollectionCall node, List<Partial> values)
    {
        var type = node.Type;
        BoundExpression? result = node.Method is CollectionMethod.Sum or CollectionMethod.Average
            ? new BoundConstant(type, System.Convert.ChangeType(0, type, System.Globalization.CultureInfo.InvariantCulture), string.Empty)
            : null;
        foreach (var value in values)
        {
            var element = Expr(value, type);
            result = result is null ? element : node.Method switch
            {
                CollectionMethod.Sum or CollectionMethod.Average => Made(new BoundBinary(BinaryOperator.Add, result, element, type, string.Empty)).Residual!,
                CollectionMethod.Min => Made(new BoundMathCall(MathFunction.Min, [result, element], string.Empty)).Residual!,
                _ => Made(new BoundMathCall(MathFunction.Max, [result, element], string.Empty)).Residual!,
            };
        }

        if (node.Method == CollectionMethod.Average)
        {
            var count = new BoundConstant(type, System.Convert.ChangeType(values.Count, type, System.Globalization.CultureInfo.InvariantCulture), string.Empty);
            result = Made(new BoundBinary(BinaryOperator.Divide, result!, count, type, string.Empty)).Residual!;
        }

        return Partial.Of(result!);
    }

    /// <summary>FirstOrDefault/LastOrDefault: <c>b0 ? e0 : (b1 ? e1 : rest)</c>, each element where its body holds, in the order they decide.</summary>
    /// <remarks>
    /// Only for elements that are values: an object's members read after the pick would be read from the element objects
    /// as they are, missing members included, so the residual would not be exact; it is then unavailable.
    /// </remarks>
    public Partial Picked(BoundCollectionCall node, List<(Partial Body, Partial Element)> chain, in Partial rest)
    {
        if (!TypeRules.IsScalar(node.Type))
        {
            return session.Unavailable($"which element '{node.Text}' picks depends on missing inputs");
        }

        var result = Expr(rest, node.Type);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            result = Made(new BoundConditional(Expr(chain[i].Body, typeof(bool)), Expr(chain[i].Element, node.Type), result, string.Empty)).Residual!;
        }

        return Partial.Of(result);
    }

    /// <summary>A collection that is itself missing: the call stays as written over its path (the residual cannot be enumerated).</summary>
    public Partial SymbolicCollection(BoundCollectionCall node, in Partial source) =>
        Made(new BoundCollectionCall(node.Method, Expr(source, node.Source.Type), node.Shape, node.Variable, node.Body, node.Type, string.Empty));

    private static Truth TruthOf(in Partial result) => result.Value is bool value ? Kleene.Of(value) : Rules.Truth.Unknown;

    private static Partial Box(Truth truth) => new(truth switch
    {
        Rules.Truth.True => BoxedTrue,
        Rules.Truth.False => BoxedFalse,
        _ => null,
    }, null);

    /// <summary>The residual, or the known value (or missing) as a constant of the given type.</summary>
    private static BoundExpression Expr(in Partial result, Type type) => result.Residual ?? new BoundConstant(type, result.Value, string.Empty);

    private Partial Made(BoundNode node)
    {
        session.Count(node);
        return Partial.Of(node);
    }

    private static InvalidOperationException Unexpected(BoundExpression node) => new($"No residual for a symbolic {node.GetType().Name}.");
}
