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
    public BoundConstant Constant(Type type, object? value, string text) => _shared.Constant(type, value, text);

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

        return _shared.Find(text) is BoundMember found && ReferenceEquals(found.Target, target) && found.Property.Equals(property)
            ? found
            : _shared.Keep(new BoundMember(target, property, text));
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

        return _shared.Find(text) is BoundBinary found && found.GetType() == typeof(BoundBinary) && found.Operator == op
            && ReferenceEquals(found.Left, left) && ReferenceEquals(found.Right, right) && found.Type == type
            ? found
            : _shared.Keep(new BoundBinary(op, left, right, type, text));
    }

    /// <summary>An <c>in</c> list's node: shared as <see cref="Binary"/> is, when its value and every item are shared.</summary>
    public BoundIn In(BoundExpression value, List<BoundExpression> items, string text)
    {
        if (!_shared.IsShared(value) || !AllShared(items))
        {
            return new BoundIn(value, items, text);
        }

        return _shared.Find(text) is BoundIn found && ReferenceEquals(found.Value, value) && SameItems(found.Items, items)
            ? found
            : _shared.Keep(new BoundIn(value, items, text));
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

        return _shared.Find(call.Text) is BoundCollectionCall found && found.Method == call.Method && ReferenceEquals(found.Source, call.Source) && found.Type == call.Type
            ? found
            : _shared.Keep(call);
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

        return _shared.Find(text) is BoundUnary found && found.Operator == op && ReferenceEquals(found.Operand, operand)
            ? found
            : _shared.Keep(new BoundUnary(op, operand, text));
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

        /// <summary>
        /// The shared members, operator nodes, <c>in</c> lists and collection methods by their text: the first
        /// node bound with a text is kept, and a later node is that one when it is equal (same kind, operator, method or
        /// property, type, and the very same operands); else it is a node of its own, not shared.
        /// </summary>
        /// <remarks>
        /// Keyed by the text alone rather than by a tuple of the node's parts: a dictionary keyed by a value tuple is a
        /// generic instantiation that ReadyToRun cannot precompile into this assembly, and its 90-odd methods were
        /// compiled at every cold start (121 methods and 17 ms of JIT in a ReadyToRun cold load of the default pack,
        /// against 23 methods and 5 ms keyed by text; `SpineTriage.Benchmarks --cold`, the cold stage of benchmarks/run).
        /// A lookup by text also builds no node that is then dropped.
        /// </remarks>
        private readonly Dictionary<string, BoundExpression> _byText = new(StringComparer.Ordinal);

        /// <summary>The literals by type, then text (<c>1</c> is an int in one rule and a double in another).</summary>
        private readonly Dictionary<Type, Dictionary<string, BoundConstant>> _constants = [];

        /// <summary>The literal of the type and text bound first, when its value is equal; else a new one, kept for the next when it is the first.</summary>
        public BoundConstant Constant(Type type, object? value, string text)
        {
            if (!_constants.TryGetValue(type, out var byText))
            {
                _constants[type] = byText = new Dictionary<string, BoundConstant>(StringComparer.Ordinal);
            }

            if (byText.TryGetValue(text, out var found))
            {
                return Equals(found.Value, value) ? found : new BoundConstant(type, value, text);
            }

            return byText[text] = new BoundConstant(type, value, text);
        }

        /// <summary>The node kept for a text, or null.</summary>
        public BoundExpression? Find(string text) => _byText.TryGetValue(text, out var node) ? node : null;

        /// <summary>Keeps a node for the next equal one, unless another node holds its text; returns it.</summary>
        public T Keep<T>(T node)
            where T : BoundExpression
        {
            _byText.TryAdd(node.Text, node);
            return node;
        }

        /// <summary>Whether a node is one of the shared inputs, members, literals or operator nodes.</summary>
        public bool IsShared(BoundExpression node) => node switch
        {
            BoundInput input => input.Index < Inputs.Length && ReferenceEquals(Inputs[input.Index], input),
            BoundConstant constant => _constants.TryGetValue(constant.Type, out var byText) && byText.TryGetValue(constant.Text, out var kept) && ReferenceEquals(kept, constant),
            _ => _byText.TryGetValue(node.Text, out var kept) && ReferenceEquals(kept, node),
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
