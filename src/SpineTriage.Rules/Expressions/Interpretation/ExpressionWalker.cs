using System.Runtime.CompilerServices;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Compilation;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// What every walk over a bound tree shares, whatever its mode: the inputs, the truth mode, the lambda variables in
/// scope (each with its element's index, so that a mode can name the element's input path) and those paths.
/// </summary>
internal abstract class ExpressionWalker(object?[] args, TruthMode truthMode)
{
    private object?[] _args = args;
    private VariableSlot[] _variables = [];
    private Dictionary<BoundExpression, int>? _picked;
    private Dictionary<BoundListView, int[]>? _origins;
    private int _depth;
    private int _nesting;

    /// <summary>The levels of nesting between two checks of the stack's room (a power of two).</summary>
    private const int StackCheckInterval = 16;

    /// <summary>Gets the inputs, read from args[index].</summary>
    protected object?[] Args => _args;

    /// <summary>Gets what a condition that reads missing data yields: Unknown, or False in RulesEngine's two-valued mode.</summary>
    protected Truth MissingTruth { get; } = truthMode == TruthMode.ThreeValued ? Rules.Truth.Unknown : Rules.Truth.False;

    /// <summary>
    /// The input path a read names, such as <c>order.Amount</c> or <c>order.Lines[1].Discount</c> (an element by
    /// its index): inputs by name, members after their target's path (or their text when the target has none, such as
    /// a conditional), conversions and parameters as what they read; null for anything else.
    /// </summary>
    public string? PathOf(BoundExpression node) => node switch
    {
        BoundInput input => input.Name,
        BoundMember member => member.FixedPath ?? MemberPath(member),
        BoundLambdaVariable variable => ElementPath(variable.Variable),
        BoundConvert convert => PathOf(convert.Operand),
        BoundParameter parameter => PathOf(parameter.Value),
        BoundCollectionCall { IsPick: true } pick => IndexPath(pick.Source, PickedIndex(pick)),
        BoundElementAt at => IndexPath(at.Source, PickedIndex(at)),
        BoundStringCall { IsParse: true } parse => PathOf(parse.Target),

        // The text a Parse reads, through the calls that only reshape it: int.Parse(person.Code.Trim()) names person.Code.
        BoundStringCall { Method: StringMethod.Trim or StringMethod.ToLower or StringMethod.ToUpper } text => PathOf(text.Target),
        _ => null,
    };

    /// <summary>A member's path from its target's; kept on the member when no collection element is on the way (see <see cref="BoundMember.FixedPath"/>).</summary>
    private string MemberPath(BoundMember member)
    {
        if (member.Target is BoundLambdaVariable { Variable: var variable })
        {
            ref var slot = ref Slot(variable);
            if (slot.Index is >= 0 and < MemberReads.ElementPathsKept && IsFixed(slot.Source))
            {
                var paths = member.ElementPaths ??= new string?[MemberReads.ElementPathsKept];
                return paths[slot.Index] ??= $"{IndexPath(slot.Source, slot.Index)}.{member.Property.Name}";
            }
        }

        if (PathOf(member.Target) is not { } target)
        {
            return member.Text;
        }

        var path = $"{target}.{member.Property.Name}";
        if (IsFixed(member.Target))
        {
            member.FixedPath = path;
        }

        return path;
    }

    /// <summary>Whether a node's path is the same in every walk: an input, or a member, conversion or parameter of one.</summary>
    private static bool IsFixed(BoundExpression node) => node switch
    {
        BoundInput => true,
        BoundMember member => member.FixedPath is not null || IsFixed(member.Target),
        BoundConvert convert => IsFixed(convert.Operand),
        BoundParameter parameter => IsFixed(parameter.Value),
        _ => false,
    };

    /// <summary>Records the index of the element a FirstOrDefault/LastOrDefault or an index picked, for the path of what is read from it.</summary>
    protected void SetPicked(BoundExpression pick, int index) => (_picked ??= new(ReferenceEqualityComparer.Instance))[pick] = index;

    private int PickedIndex(BoundExpression pick) => _picked is not null && _picked.TryGetValue(pick, out var index) ? index : 0;

    /// <summary>Records, for a list view just made, the index in its source of each of its elements.</summary>
    protected void SetOrigins(BoundListView view, int[] origins) => (_origins ??= new(ReferenceEqualityComparer.Instance))[view] = origins;

    /// <summary>The path of the element a lambda variable holds: its collection's path (or text) and the index.</summary>
    private string ElementPath(LambdaVariable variable)
    {
        ref var slot = ref Slot(variable);
        return IndexPath(slot.Source, slot.Index);
    }

    /// <summary>The element at an index of a collection; an element of a list view by its index in the list the view was made from.</summary>
    private string IndexPath(BoundExpression source, int index) =>
        source is BoundListView view && _origins is not null && _origins.TryGetValue(view, out var origins) && index >= 0 && index < origins.Length
            ? IndexPath(view.Source, origins[index])
            : $"{PathOf(source) ?? source.Text}[{index}]";

    protected object? VariableValue(LambdaVariable variable) => Slot(variable).Value;

    private ref VariableSlot Slot(LambdaVariable variable)
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_variables[i].Variable, variable))
            {
                return ref _variables[i];
            }
        }

        throw new InvalidOperationException($"The lambda variable '{variable.Name}' is read outside its lambda.");
    }

    /// <summary>Binds a lambda variable for the duration of a walk over its collection; returns its slot.</summary>
    protected int Push(BoundCollectionCall call) => Push(call.Variable!, call.Source);

    /// <summary>Binds a lambda variable over the elements of <paramref name="source"/>; returns its slot.</summary>
    protected int Push(LambdaVariable variable, BoundExpression source)
    {
        if (_depth == _variables.Length)
        {
            Array.Resize(ref _variables, Math.Max(4, _depth * 2));
        }

        _variables[_depth] = new VariableSlot(variable, source);
        return _depth++;
    }

    protected void Pop() => _depth--;

    /// <summary>
    /// Readies the walker for another walk, over <paramref name="args"/>, as a new walker would start it: no lambda
    /// variable in scope, no element picked, no list view made (the arrays and dictionaries keep their capacity, which
    /// is what keeping a walker saves). A walk that an exception ended leaves nothing behind either.
    /// </summary>
    public void Restart(object?[] args)
    {
        _args = args;
        _depth = 0;
        _picked?.Clear();
        _origins?.Clear();
    }

    /// <summary>Lets go of the inputs and of the elements the lambda variables last held: a walker kept between walks keeps no case alive.</summary>
    public void Release()
    {
        _args = [];
        Array.Clear(_variables);
    }

    /// <summary>Sets the element a bound lambda variable holds.</summary>
    protected void SetElement(int slot, object? value, int index)
    {
        _variables[slot].Value = value;
        _variables[slot].Index = index;
    }

    /// <summary>
    /// Enters a node: every <see cref="StackCheckInterval"/> levels of nesting, checks that the stack has room for more
    /// (a tree nested deeper than the binder's limits allow, with those limits lifted, ends in an
    /// <see cref="InsufficientExecutionStackException"/>, not a stack overflow).
    /// </summary>
    /// <remarks>
    /// Not at every node: the check is a call into the runtime that reads the thread's stack bounds, and it cost about 4 %
    /// of a verdicts-only evaluation with missing data (DefaultPackMissingDataBenchmarks.EngineVerdictsOnly; the
    /// per-case probe over its 256 cases, three interleaved pairs, median 17.7-18.1 µs without it against 18.3-19.1 µs
    /// with it, 2026-12-06). A level of nesting takes a few frames of well under 1 KB together, so the stack used
    /// between two checks stays far below the room the check asks for. A walk that an exception ends leaves the count
    /// where it was; checks then fall at other levels, still one every interval.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Enter()
    {
        if ((++_nesting & (StackCheckInterval - 1)) == 0)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
    }

    /// <summary>Leaves a node entered with <see cref="Enter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected void Leave() => _nesting--;

    /// <summary>A lambda variable in scope: the element it holds and that element's index in its collection.</summary>
    private struct VariableSlot(LambdaVariable variable, BoundExpression source)
    {
        public readonly LambdaVariable Variable = variable;
        public readonly BoundExpression Source = source;
        public object? Value;
        public int Index;
    }
}

/// <summary>
/// The one tree walker over bound expressions, and the reference the compiled delegates are tested against. It
/// follows <see cref="DelegateBuilder"/> node for node (and is laid out in the same partial files: Truth, Values,
/// Collections, Parameters), with parameters inlined as in a rule compiled alone: the same order of evaluation, the
/// same short-circuits, the same missing values and the same exceptions. Its mode decides what a node's result is:
/// <see cref="EvaluateMode"/> a boxed value (the first evaluation tier), <see cref="ExplainMode"/> a record of every
/// operand and the missing inputs, <see cref="ResidualMode"/> a value or an expression over the missing inputs; one
/// instance serves one walk on one thread.
/// </summary>
/// <typeparam name="TMode">The mode; a struct, so each mode gets its own compiled walker.</typeparam>
/// <typeparam name="TResult">A node's result in that mode.</typeparam>
internal sealed partial class ExpressionWalker<TMode, TResult>(object?[] args, TruthMode truthMode, TMode mode) : ExpressionWalker(args, truthMode)
    where TMode : struct, IWalkMode<TResult>
{
    private TMode _mode = mode; // not readonly: no defensive copy before each hook

    private Presence PresenceOf(in TResult result) => _mode.PresenceOf(result);

    private bool IsSymbolic(in TResult result) => _mode.CanBeSymbolic && _mode.PresenceOf(result) == Presence.Symbolic;

    private bool IsPresent(in TResult result) => _mode.PresenceOf(result) == Presence.Present;

    /// <summary>The truth of a condition's result that is not symbolic.</summary>
    private Truth Decided(in TResult result) => _mode.ValueOf(result) is bool value ? Kleene.Of(value) : Rules.Truth.Unknown;

    /// <summary>The truth of a condition's result, or null when it is symbolic.</summary>
    public Truth? TruthOf(in TResult result) => IsSymbolic(result) ? null : Decided(result);

    private List<TResult>? Operands(in TResult first) => _mode.KeepsOperands ? [first] : null;
}
