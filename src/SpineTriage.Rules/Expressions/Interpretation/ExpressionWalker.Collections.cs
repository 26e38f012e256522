using System.Collections;
using System.Globalization;
using System.Reflection;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// Collection calls, walked as the compiled loops walk them: arrays and lists by index over a count read once, other
/// lists through their Count and indexer, anything else through its enumerator (disposed). Any stops at the first
/// True, All at the first False, Count/Sum/Min/Max at the first missing element. Residualising, a symbolic element
/// stops nothing: the walk goes on over the known elements, so the residual names each element by its index.
/// </summary>
internal sealed partial class ExpressionWalker<TMode, TResult>
{
    private TResult CollectionTruth(BoundCollectionCall call)
    {
        var source = Value(call.Source);
        switch (PresenceOf(source))
        {
            case Presence.Missing:
                return _mode.Truth(call, MissingTruth, source);
            case Presence.Symbolic:
                return _mode.SymbolicCollection(call, source);
        }

        var walk = new Walk(this, call, _mode.ValueOf(source)!);
        try
        {
            if (call.Body is null)
            {
                return _mode.Truth(call, Kleene.Of(walk.Next()), source);
            }

            var operands = Operands(source);
            List<TResult>? symbolic = null;
            var stop = call.Method == CollectionMethod.Any ? Rules.Truth.True : Rules.Truth.False;
            var result = Kleene.Not(stop);
            while (walk.Next())
            {
                var body = Truth(call.Body);
                operands?.Add(body);
                if (IsSymbolic(body))
                {
                    (symbolic ??= []).Add(body);
                    continue;
                }

                var truth = Decided(body);
                if (truth == stop)
                {
                    return _mode.Truth(call, stop, operands);
                }

                if (truth == Rules.Truth.Unknown)
                {
                    result = Rules.Truth.Unknown;
                }
            }

            return symbolic is null ? _mode.Truth(call, result, operands) : _mode.Quantified(call, result, symbolic);
        }
        finally
        {
            walk.Dispose();
        }
    }

    private TResult CollectionValue(BoundCollectionCall call)
    {
        var source = Value(call.Source);
        switch (PresenceOf(source))
        {
            case Presence.Missing:
                return _mode.Value(call, null, source);
            case Presence.Symbolic:
                return _mode.SymbolicCollection(call, source);
        }

        var walk = new Walk(this, call, _mode.ValueOf(source)!);
        try
        {
            if (call.IsPick)
            {
                return Pick(call, source, ref walk);
            }

            if (call.Body is null)
            {
                return _mode.Value(call, walk.Count(), source);
            }

            return call.Method == CollectionMethod.Count ? CountWhere(call, source, ref walk) : Aggregate(call, source, ref walk);
        }
        finally
        {
            walk.Dispose();
        }
    }

    private TResult CountWhere(BoundCollectionCall call, in TResult source, ref Walk walk)
    {
        var operands = Operands(source);
        List<TResult>? symbolic = null;
        var count = 0;
        while (walk.Next())
        {
            var body = Truth(call.Body!);
            operands?.Add(body);
            if (IsSymbolic(body))
            {
                (symbolic ??= []).Add(body);
                continue;
            }

            var truth = Decided(body);
            if (truth == Rules.Truth.Unknown)
            {
                return operands is null ? _mode.Value(call, null, body) : _mode.Value(call, null, operands);
            }

            count += truth == Rules.Truth.True ? 1 : 0;
        }

        return symbolic is null ? _mode.Value(call, count, operands) : _mode.Counted(call, count, symbolic);
    }

    /// <summary>
    /// FirstOrDefault/LastOrDefault: the first (last) element whose body is True, or the first (last) element when there
    /// is no body; missing when there is none, when the element is null, or when a body before it (after it, for
    /// LastOrDefault) is Unknown, since which element comes first is then not known. Residualising, the symbolic bodies
    /// become a chain of conditionals, in the order they decide.
    /// </summary>
    private TResult Pick(BoundCollectionCall call, in TResult source, ref Walk walk)
    {
        var last = call.Method == CollectionMethod.LastOrDefault;
        if (call.Body is null)
        {
            object? element = null;
            var index = -1;
            while (walk.Next())
            {
                (element, index) = (walk.Current, walk.Index);
                if (!last)
                {
                    break;
                }
            }

            return index < 0 ? _mode.Value(call, null, source) : Picked(call, element, index);
        }

        var operands = Operands(source);
        List<(TResult Body, object? Element, int Index)>? pending = last && _mode.CanBeSymbolic ? [] : null; // LastOrDefault residualising: decided from the end
        List<(TResult Body, TResult Element)>? chain = null;
        (object? Element, int Index)? found = null;
        TResult? unknown = default;
        var isUnknown = false;
        while (walk.Next())
        {
            var body = Truth(call.Body);
            operands?.Add(body);
            if (pending is not null)
            {
                pending.Add((body, walk.Current, walk.Index));
                continue;
            }

            if (IsSymbolic(body))
            {
                (chain ??= []).Add((body, Picked(call, walk.Current, walk.Index)));
                continue;
            }

            switch (Decided(body))
            {
                case Rules.Truth.True:
                    (found, isUnknown) = ((walk.Current, walk.Index), false);
                    break;
                case Rules.Truth.Unknown:
                    (unknown, isUnknown) = (body, true);
                    break;
                default:
                    continue;
            }

            if (!last)
            {
                break;
            }
        }

        for (var i = (pending?.Count ?? 0) - 1; i >= 0; i--)
        {
            var (body, element, index) = pending![i];
            if (IsSymbolic(body))
            {
                (chain ??= []).Add((body, Picked(call, element, index)));
                continue;
            }

            var truth = Decided(body);
            if (truth == Rules.Truth.True)
            {
                found = (element, index);
                break;
            }

            if (truth == Rules.Truth.Unknown)
            {
                (unknown, isUnknown) = (body, true);
                break;
            }
        }

        var rest = isUnknown ? _mode.Value(call, null, unknown!)
            : found is { } pick ? Picked(call, pick.Element, pick.Index)
            : _mode.Value(call, null, operands);
        return chain is null ? rest : _mode.Picked(call, chain, rest);
    }

    /// <summary>The picked element, read as an element of its collection (a null one is missing, named by its index).</summary>
    private TResult Picked(BoundCollectionCall call, object? element, int index)
    {
        SetPicked(call, index);
        return _mode.Read(this, call, element);
    }

    /// <summary>
    /// Sum (seeded with 0), Average (a sum, then divided by the count; missing for no elements) or Min/Max (seeded with
    /// the first element); missing when an element's value is missing, and Min/Max of nothing is missing.
    /// </summary>
    private TResult Aggregate(BoundCollectionCall call, in TResult source, ref Walk walk)
    {
        var operands = Operands(source);
        var accumulator = call.Method is CollectionMethod.Sum or CollectionMethod.Average ? System.Convert.ChangeType(0, call.Type, CultureInfo.InvariantCulture) : null;
        var count = 0;
        List<TResult>? elements = _mode.CanBeSymbolic ? [] : null; // residualising: every element's value, in order
        var anySymbolic = false;
        while (walk.Next())
        {
            var element = Value(call.Body!);
            operands?.Add(element);
            elements?.Add(element);
            switch (PresenceOf(element))
            {
                case Presence.Missing:
                    return operands is null ? _mode.Value(call, null, element) : _mode.Value(call, null, operands);
                case Presence.Symbolic:
                    anySymbolic = true;
                    continue;
            }

            var value = _mode.ValueOf(element)!;
            count++;
            accumulator = accumulator is null ? value
                : call.Method is CollectionMethod.Sum or CollectionMethod.Average ? Arithmetics.Apply(BinaryOperator.Add, accumulator, value)!
                : Arithmetics.Better(call.Method == CollectionMethod.Min ? BinaryOperator.Less : BinaryOperator.Greater, accumulator, value);
        }

        if (anySymbolic)
        {
            return _mode.Aggregated(call, elements!);
        }

        if (call.Method == CollectionMethod.Average)
        {
            accumulator = count == 0 ? null : Arithmetics.Apply(BinaryOperator.Divide, accumulator!, System.Convert.ChangeType(count, call.Type, CultureInfo.InvariantCulture));
        }

        return _mode.Value(call, accumulator, operands);
    }

    /// <summary>One pass over a collection, binding the lambda variable (if any) to each element in turn.</summary>
    private struct Walk
    {
        private readonly ExpressionWalker<TMode, TResult> _owner;
        private readonly object _source;
        private readonly IList? _list;
        private readonly MethodInfo? _indexer;
        private readonly int _slot;
        private readonly int _count;
        private IEnumerator? _enumerator;
        private int _index;
        private object? _current;

        public Walk(ExpressionWalker<TMode, TResult> owner, BoundCollectionCall call, object source)
        {
            _owner = owner;
            _source = source;
            var shape = call.Shape;
            if (source is IList list && (source is Array || IsList(source.GetType())))
            {
                _list = list;
                _count = list.Count;
            }
            else if (shape.Indexer is not null && shape.CountGetter is not null)
            {
                _indexer = shape.Indexer;
                _count = (int)Invoke(shape.CountGetter, source)!;
            }
            else
            {
                _count = -1;
            }

            _slot = call.Variable is null ? -1 : owner.Push(call);
        }

        /// <summary>Gets the element <see cref="Next"/> moved to.</summary>
        public readonly object? Current => _current;

        /// <summary>Gets the index of the element <see cref="Next"/> moved to.</summary>
        public readonly int Index => _index - 1;

        /// <summary>Moves to the next element; false at the end.</summary>
        public bool Next()
        {
            object? element;
            if (_count < 0)
            {
                _enumerator ??= ((IEnumerable)_source).GetEnumerator();
                if (!_enumerator.MoveNext())
                {
                    return false;
                }

                element = _enumerator.Current;
            }
            else
            {
                if (_index >= _count)
                {
                    return false;
                }

                element = _list is not null ? _list[_index] : Invoke(_indexer!, _source, _index);
            }

            if (_slot >= 0)
            {
                _owner.SetElement(_slot, element, _index);
            }

            _current = element;

            _index++;
            return true;
        }

        /// <summary>The number of elements (Count() without a body).</summary>
        public int Count()
        {
            if (_count >= 0)
            {
                return _count;
            }

            var count = 0;
            while (Next())
            {
                count++;
            }

            return count;
        }

        public readonly void Dispose()
        {
            if (_slot >= 0)
            {
                _owner.Pop();
            }

            (_enumerator as IDisposable)?.Dispose();
        }

        private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

        private static object? Invoke(MethodInfo method, object target, params object?[] arguments) =>
            method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }
}
