using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>What a walk found for one node.</summary>
internal enum Presence : byte
{
    /// <summary>The value is missing (a condition: Unknown).</summary>
    Missing,

    /// <summary>The value is known (a condition: True or False).</summary>
    Present,

    /// <summary>The value depends on missing inputs and is kept as an expression over them (residualising only).</summary>
    Symbolic,
}

/// <summary>
/// What one kind of walk makes of each node: <see cref="ExpressionWalker{TMode, TResult}"/> decides the order of
/// evaluation, the short-circuits, the null propagation, Kleene logic and the arithmetic, once for every mode, and
/// asks its mode to build the result of each node from the results of the operands it read. A mode is a struct, so
/// the JIT compiles one walker per mode with the hooks inlined; a hook that a mode never needs is never called
/// (the symbolic ones run only when <see cref="CanBeSymbolic"/>).
/// </summary>
/// <typeparam name="TResult">The result of one node: a boxed value, an explanation record, or a partial value.</typeparam>
internal interface IWalkMode<TResult>
{
    /// <summary>Gets a value indicating whether the mode keeps the operands of nodes with many (collections, <c>in</c>).</summary>
    bool KeepsOperands { get; }

    /// <summary>Gets a value indicating whether a result can be <see cref="Presence.Symbolic"/> (residualising).</summary>
    bool CanBeSymbolic { get; }

    Presence PresenceOf(in TResult result);

    /// <summary>The boxed value (a bool for a condition) when present; null when missing or symbolic.</summary>
    object? ValueOf(in TResult result);

    TResult Constant(BoundConstant node);

    /// <summary>An input, a lambda variable, or a member of a present object, with the value read (null: missing).</summary>
    TResult Read(ExpressionWalker walker, BoundExpression node, object? value);

    /// <summary>A member of a missing object.</summary>
    TResult MemberOfMissing(ExpressionWalker walker, BoundMember node, in TResult target);

    /// <summary>int.Parse/double.Parse of a present text that is not a number: missing, because of that text (its input path; none for a constant).</summary>
    TResult Unparsed(ExpressionWalker walker, BoundStringCall node, in TResult text);

    /// <summary>A parameter's result kept from an earlier walk over the same inputs (by its value node, as a condition or a value).</summary>
    bool TryKept(BoundExpression value, bool asTruth, out TResult result);

    /// <summary>Keeps a parameter's result for later walks over the same inputs (or not).</summary>
    void Keep(BoundExpression value, bool asTruth, in TResult result);

    /// <summary>A parameter, inlined: the result of its value, as the parameter's.</summary>
    TResult Parameter(BoundParameter node, in TResult inner);

    /// <summary>A conversion of the operand (null: the operand is missing).</summary>
    TResult Convert(BoundConvert node, object? value, in TResult operand);

    /// <summary>A value computed from one operand; null when missing (then missing because of the operand).</summary>
    TResult Value(BoundExpression node, object? value, in TResult operand);

    /// <summary>A value computed from two operands; null when missing.</summary>
    TResult Value(BoundExpression node, object? value, in TResult left, in TResult right);

    /// <summary>A value computed from many operands (kept only when <see cref="KeepsOperands"/>); null when missing.</summary>
    TResult Value(BoundExpression node, object? value, List<TResult>? operands);

    /// <summary>The value of the branch that <paramref name="decided"/> chose (<c>?:</c> and <c>??</c>), missing only because of it.</summary>
    TResult Chosen(BoundExpression node, in TResult decided, in TResult chosen);

    TResult Truth(BoundExpression node, Truth truth, in TResult operand);

    TResult Truth(BoundExpression node, Truth truth, in TResult left, in TResult right);

    /// <summary>A truth from many operands (kept only when <see cref="KeepsOperands"/>).</summary>
    TResult Truth(BoundExpression node, Truth truth, List<TResult>? operands);

    /// <summary>A missing boolean value used as a condition: it becomes the missing truth (Unknown, or False in two-valued mode).</summary>
    TResult MissingAsCondition(in TResult value, Truth missingTruth);

    /// <summary>
    /// A symbolic operand of an absence test (a null test, or the left side of <c>??</c>) before the test reads it:
    /// residualising decides there whether a missing input counts as absent (the pack's absence policy) or is about to
    /// be filled in.
    /// </summary>
    TResult AbsenceTestOperand(in TResult operand);

    /// <summary>The node again, over its operands' results, some symbolic: one per child, in order.</summary>
    TResult Symbolic(BoundExpression node, in TResult operand);

    /// <inheritdoc cref="Symbolic(BoundExpression, in TResult)"/>
    TResult Symbolic(BoundExpression node, in TResult left, in TResult right);

    /// <inheritdoc cref="Symbolic(BoundExpression, in TResult)"/>
    TResult Symbolic(BoundExpression node, in TResult first, in TResult second, in TResult third);

    /// <inheritdoc cref="Symbolic(BoundExpression, in TResult)"/>
    TResult Symbolic(BoundExpression node, List<TResult> operands);

    /// <summary>Kleene <c>and</c>/<c>or</c> with a symbolic side, neither side dominant.</summary>
    TResult Logic(BoundBinary node, in TResult left, in TResult right);

    /// <summary>Any/All over known elements, some bodies symbolic: the other bodies left <paramref name="rest"/> (the neutral value, or Unknown).</summary>
    TResult Quantified(BoundCollectionCall node, Truth rest, List<TResult> symbolicBodies);

    /// <summary>Count(x => …) over known elements: <paramref name="known"/> bodies True, and the symbolic ones.</summary>
    TResult Counted(BoundCollectionCall node, int known, List<TResult> symbolicBodies);

    /// <summary>Sum/Min/Max over known elements, some values symbolic, in element order.</summary>
    TResult Aggregated(BoundCollectionCall node, List<TResult> values);

    /// <summary>
    /// FirstOrDefault/LastOrDefault over known elements, some bodies symbolic: each (body, element) in the order they
    /// decide (for LastOrDefault from the end), then what the rest gives (an element, or missing).
    /// </summary>
    TResult Picked(BoundCollectionCall node, List<(TResult Body, TResult Element)> chain, in TResult rest);

    /// <summary>A collection method on a symbolic collection.</summary>
    TResult SymbolicCollection(BoundCollectionCall node, in TResult source);
}
