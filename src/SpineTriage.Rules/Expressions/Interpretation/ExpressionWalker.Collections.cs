using System.Collections;
using System.Globalization;
using System.Reflection;

namespace SpineTriage.Rules.Expressions;

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

    /// <summary>Sum (seeded with 0) or Min/Max (seeded with the first element); missing when an element's value is missing, and Min/Max of nothing is missing.</summary>
    private TResult Aggregate(BoundCollectionCall call, in TResult source, ref Walk walk)
    {
        var operands = Operands(source);
        var accumulator = call.Method == CollectionMethod.Sum ? System.Convert.ChangeType(0, call.Type, CultureInfo.InvariantCulture) : null;
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
            accumulator = accumulator is null ? value
                : call.Method == CollectionMethod.Sum ? Arithmetics.Apply(BinaryOperator.Add, accumulator, value)!
                : Arithmetics.Better(call.Method == CollectionMethod.Min ? BinaryOperator.Less : BinaryOperator.Greater, accumulator, value);
        }

        if (anySymbolic)
        {
            return _mode.Aggregated(call, elements!);
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
