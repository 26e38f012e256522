using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The names an expression can see: the inputs, then global params, then local params (later shadows earlier is an
/// error reported by the workflow layer). Params form a persistent chain, latest first, so adding one is O(1) and
/// shares everything before it; nothing here instantiates a generic collection over a struct (cold start).
/// </summary>
internal sealed class ExpressionEnvironment
{
    private readonly RuleInput[] _inputs;
    private readonly ScopedParameter? _latest;
    private readonly Type[] _customTypes;
    private readonly SharedNodes _shared;

    private ExpressionEnvironment(RuleInput[] inputs, ScopedParameter? latest, Type[] customTypes, TimeProvider? clock, SharedNodes shared)
    {
        _inputs = inputs;
        _latest = latest;
        _customTypes = customTypes;
        Clock = clock;
        _shared = shared;
    }

    /// <summary>Gets the clock rules may read (<see cref="RuleSetOptions.Clock"/>), or null when they may not.</summary>
    public TimeProvider? Clock { get; }

    public IReadOnlyList<RuleInput> Inputs => _inputs;

    /// <summary>Every name, params latest first, then inputs.</summary>
    public IEnumerable<string> Names
    {
        get
        {
            for (var parameter = _latest; parameter is not null; parameter = parameter.Previous)
            {
                yield return parameter.Name;
            }

            foreach (var input in _inputs)
            {
                yield return input.Name;
            }
        }
    }

    /// <summary>Input i is read from args[i] at evaluation.</summary>
    public static ExpressionEnvironment ForInputs(IReadOnlyList<RuleInput> inputs, IEnumerable<Type>? customTypes = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new ExpressionEnvironment([.. inputs], null, [.. customTypes ?? []], clock, new SharedNodes(inputs.Count));
    }

    /// <summary>A new environment that also has a named scoped param (GlobalParams/LocalParams) bound to an expression.</summary>
    public ExpressionEnvironment WithParameter(string name, BoundExpression value) => new(_inputs, new ScopedParameter(name, value, _latest), _customTypes, Clock, _shared);

    /// <summary>The host-registered type (<see cref="RuleSetOptions.CustomTypes"/>) of that name, exact case first, then ignoring case.</summary>
    public Type? CustomType(string name) =>
        Array.Find(_customTypes, t => string.Equals(t.Name, name, StringComparison.Ordinal))
        ?? Array.Find(_customTypes, t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when the name is an input or param of this environment (case-insensitive).</summary>
    public bool Contains(string name) => Find(name, StringComparison.OrdinalIgnoreCase, "") is not null;

    /// <summary>Resolves a name, exact case first, then case-insensitively: latest param first, then inputs.</summary>
    public BoundExpression? Resolve(string name, string text) =>
        Find(name, StringComparison.Ordinal, text) ?? Find(name, StringComparison.OrdinalIgnoreCase, text);

    private BoundExpression? Find(string name, StringComparison comparison, string text)
    {
        for (var parameter = _latest; parameter is not null; parameter = parameter.Previous)
        {
            if (string.Equals(parameter.Name, name, comparison))
            {
                return string.Equals(text, parameter.Name, StringComparison.Ordinal)
                    ? parameter.Node ??= new BoundParameter(parameter.Name, parameter.Value, text)
                    : new BoundParameter(parameter.Name, parameter.Value, text);
            }
        }

        for (var i = 0; i < _inputs.Length; i++)
        {
            if (string.Equals(_inputs[i].Name, name, comparison))
            {
                return string.Equals(text, _inputs[i].Name, StringComparison.Ordinal)
                    ? _shared.Inputs[i] ??= new BoundInput(i, _inputs[i].Name, _inputs[i].Type, text)
                    : new BoundInput(i, _inputs[i].Name, _inputs[i].Type, text);
            }
        }

        return null;
    }

    /// <summary>
    /// A literal's node: one node for every equal literal (same type, value and text) bound in this environment and
    /// those made from it. Bound nodes are immutable where it matters here (a constant keeps nothing of a walk), so the
    /// rules of a load share them.
    /// </summary>
    public BoundConstant Constant(Type type, object? value, string text)
    {
        var key = (type, value, text);
        if (!_shared.Constants.TryGetValue(key, out var constant))
        {
            _shared.Constants[key] = constant = new BoundConstant(type, value, text);
        }

        return constant;
    }

    /// <summary>
    /// A property read's node: one node for every equal read (same property, same text) of a target that is itself
    /// shared (an input read under its own name, or such a read's member: <c>order.Amount</c>), a new one otherwise (a
    /// lambda variable's member differs per lambda). What the walker keeps on a member (its fixed path, its getter) is
    /// the same for every reading of such a target.
    /// </summary>
    public BoundMember Member(BoundExpression target, System.Reflection.PropertyInfo property, string text)
    {
        if (!_shared.IsShared(target))
        {
            return new BoundMember(target, property, text);
        }

        var key = (target, property, text);
        if (!_shared.Members.TryGetValue(key, out var member))
        {
            _shared.Members[key] = member = new BoundMember(target, property, text);
        }

        return member;
    }

    /// <summary>
    /// A binary operator's node (a comparison, and, or, arithmetic): one node for every equal one (same operator, type
    /// and text) over shared operands (input reads, their members, literals, such nodes), so equal conditions and
    /// sub-conditions of the rules of a load are one node each, as their leaves are; a new one otherwise (an operand
    /// that reads a lambda variable differs per lambda). Shown by CompileScalingBenchmarks.Load: comparisons were the
    /// most common node a loaded rule set keeps, all copied from generation to generation while a large load runs.
    /// </summary>
    public BoundBinary Binary(BinaryOperator op, BoundExpression left, BoundExpression right, Type type, string text)
    {
        if (!_shared.IsShared(left) || !_shared.IsShared(right))
        {
            return new BoundBinary(op, left, right, type, text);
        }

        var key = (op, left, right, type, text);
        if (!_shared.Binaries.TryGetValue(key, out var binary))
        {
            _shared.Binaries[key] = binary = new BoundBinary(op, left, right, type, text);
        }

        return binary;
    }

    /// <summary>An <c>in</c> list's node: shared as <see cref="Binary"/> is, when its value and every item are shared.</summary>
    public BoundIn In(BoundExpression value, List<BoundExpression> items, string text)
    {
        if (!_shared.IsShared(value) || !AllShared(items))
        {
            return new BoundIn(value, items, text);
        }

        if (_shared.Ins.TryGetValue((value, text), out var inList) && SameItems(inList.Items, items))
        {
            return inList;
        }

        // The same text over the same value binds the same items; the check above keeps that from being assumed.
        inList = new BoundIn(value, items, text);
        _shared.Ins.TryAdd((value, text), inList);
        return inList;
    }

    private bool AllShared(List<BoundExpression> items)
    {
        foreach (var item in items)
        {
            if (!_shared.IsShared(item))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameItems(IReadOnlyList<BoundExpression> shared, List<BoundExpression> items)
    {
        if (shared.Count != items.Count)
        {
            return false;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (!ReferenceEquals(shared[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A collection method's node, once bound: the equal one bound earlier in the load (same method over the same shared
    /// source, same text) when this one's body reads nothing but its own element and shared nodes, since such a body binds
    /// the same wherever it is written; else this one, kept for the next equal one when it is so closed. A body that reads
    /// a param or an outer lambda's element is never shared. Shown by CompileScalingBenchmarks.Load: a rule over a
    /// collection kept four nodes and a variable of its own.
    /// </summary>
    public BoundCollectionCall Collection(BoundCollectionCall call)
    {
        if (!_shared.IsShared(call.Source) || (call.Body is { } body && !IsClosed(body, call.Variable)))
        {
            return call;
        }

        var key = (call.Method, call.Source, call.Text);
        if (_shared.Collections.TryGetValue(key, out var shared))
        {
            return shared;
        }

        _shared.Collections[key] = call;
        return call;
    }

    /// <summary>Whether a lambda body reads only <paramref name="variable"/> and shared nodes, through nodes that compute a value from their operands alone.</summary>
    private bool IsClosed(BoundExpression node, LambdaVariable? variable)
    {
        if (_shared.IsShared(node))
        {
            return true;
        }

        switch (node)
        {
            case BoundLambdaVariable read:
                return ReferenceEquals(read.Variable, variable);
            case BoundMember or BoundBinary or BoundUnary or BoundConvert or BoundConstant or BoundIn or BoundNullTest or BoundConditional:
                for (var i = 0; i < node.ChildCount; i++)
                {
                    if (!IsClosed(node.ChildAt(i), variable))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A unary operator's node (not, minus): shared as <see cref="Binary"/> is, when its operand is shared.</summary>
    public BoundUnary Unary(UnaryOperator op, BoundExpression operand, string text)
    {
        if (!_shared.IsShared(operand))
        {
            return new BoundUnary(op, operand, text);
        }

        var key = (op, operand, text);
        if (!_shared.Unaries.TryGetValue(key, out var unary))
        {
            _shared.Unaries[key] = unary = new BoundUnary(op, operand, text);
        }

        return unary;
    }

    /// <summary>
    /// The nodes the environments of one load share: an input read under its own name, equal literals, equal member
    /// reads of those inputs and equal operators, <c>in</c> lists and collection methods over such nodes are one node each for the whole load rather than one per
    /// reading. Shown by
    /// CompileScalingBenchmarks: of the 138,000 objects a 10,000-rule load kept alive, 18,332 were input reads, 18,332
    /// literals and 21,665 member reads (dotnet-gcdump), all copied from generation to generation while a large load
    /// runs. One load binds on one thread, so no lock.
    /// </summary>
    private sealed class SharedNodes(int inputs)
    {
        public BoundInput?[] Inputs { get; } = new BoundInput?[inputs];

        public Dictionary<(Type Type, object? Value, string Text), BoundConstant> Constants { get; } = [];

        public Dictionary<(BoundExpression Target, System.Reflection.PropertyInfo Property, string Text), BoundMember> Members { get; } = [];

        public Dictionary<(BinaryOperator Operator, BoundExpression Left, BoundExpression Right, Type Type, string Text), BoundBinary> Binaries { get; } = [];

        public Dictionary<(UnaryOperator Operator, BoundExpression Operand, string Text), BoundUnary> Unaries { get; } = [];

        public Dictionary<(BoundExpression Value, string Text), BoundIn> Ins { get; } = [];

        public Dictionary<(CollectionMethod Method, BoundExpression Source, string Text), BoundCollectionCall> Collections { get; } = [];

        /// <summary>Whether a node is one of the shared inputs, members, literals or operator nodes.</summary>
        public bool IsShared(BoundExpression node) => node switch
        {
            BoundInput input => input.Index < Inputs.Length && ReferenceEquals(Inputs[input.Index], input),
            BoundMember member => Members.TryGetValue((member.Target, member.Property, member.Text), out var shared) && ReferenceEquals(shared, member),
            BoundConstant constant => Constants.TryGetValue((constant.Type, constant.Value, constant.Text), out var shared) && ReferenceEquals(shared, constant),
            BoundBinary binary => Binaries.TryGetValue((binary.Operator, binary.Left, binary.Right, binary.Type, binary.Text), out var shared) && ReferenceEquals(shared, binary),
            BoundUnary unary => Unaries.TryGetValue((unary.Operator, unary.Operand, unary.Text), out var shared) && ReferenceEquals(shared, unary),
            BoundIn inList => Ins.TryGetValue((inList.Value, inList.Text), out var shared) && ReferenceEquals(shared, inList),
            BoundCollectionCall call => Collections.TryGetValue((call.Method, call.Source, call.Text), out var shared) && ReferenceEquals(shared, call),
            _ => false,
        };
    }

    /// <summary>One link of the params chain.</summary>
    /// <remarks>Its <see cref="Node"/> is the one read of it under its own name that every rule of the load shares (see <see cref="SharedNodes"/>).</remarks>
    private sealed class ScopedParameter(string name, BoundExpression value, ScopedParameter? previous)
    {
        public string Name { get; } = name;

        public BoundExpression Value { get; } = value;

        public ScopedParameter? Previous { get; } = previous;

        public BoundParameter? Node { get; set; }
    }
}
