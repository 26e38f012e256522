using System.Collections;
using System.Globalization;
using System.Reflection;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// Collection calls, walked as the compiled loops walk them: arrays and lists by index over a count read once, other
/// lists through their Count and indexer, anything else through its enumerator (disposed). Any stops at the first
/// True, All at the first False, Count/Sum/Min/Max at the first missing element.
/// </summary>
internal sealed partial class LeanInterpreter
{
    private (LambdaVariable Variable, object? Value)[] _variables = [];
    private int _depth;

    private object? VariableValue(LambdaVariable variable)
    {
        for (var i = _depth - 1; i >= 0; i--)
        {
            if (ReferenceEquals(_variables[i].Variable, variable))
            {
                return _variables[i].Value;
            }
        }

        throw new InvalidOperationException($"The lambda variable '{variable.Name}' is read outside its lambda.");
    }

    private Truth CollectionTruth(BoundCollectionCall call)
    {
        if (Value(call.Source) is not { } source)
        {
            return MissingTruth;
        }

        var walk = new Walk(this, call, source);
        try
        {
            if (call.Body is null)
            {
                return walk.Next() ? Rules.Truth.True : Rules.Truth.False;
            }

            var (stop, result) = call.Method == CollectionMethod.Any ? (Rules.Truth.True, Rules.Truth.False) : (Rules.Truth.False, Rules.Truth.True);
            while (walk.Next())
            {
                var truth = Truth(call.Body);
                if (truth == stop)
                {
                    return stop;
                }

                if (truth == Rules.Truth.Unknown)
                {
                    result = Rules.Truth.Unknown;
                }
            }

            return result;
        }
        finally
        {
            walk.Dispose();
        }
    }

    private object? CollectionValue(BoundCollectionCall call)
    {
        if (Value(call.Source) is not { } source)
        {
            return null;
        }

        var walk = new Walk(this, call, source);
        try
        {
            if (call.Body is null)
            {
                return walk.Count();
            }

            return call.Method == CollectionMethod.Count ? CountWhere(call, ref walk) : Aggregate(call, ref walk);
        }
        finally
        {
            walk.Dispose();
        }
    }

    private object? CountWhere(BoundCollectionCall call, ref Walk walk)
    {
        var count = 0;
        while (walk.Next())
        {
            var truth = Truth(call.Body!);
            if (truth == Rules.Truth.Unknown)
            {
                return null;
            }

            count += truth == Rules.Truth.True ? 1 : 0;
        }

        return count;
    }

    /// <summary>Sum (seeded with 0) or Min/Max (seeded with the first element); missing when an element's value is missing, and Min/Max of nothing is missing.</summary>
    private object? Aggregate(BoundCollectionCall call, ref Walk walk)
    {
        var accumulator = call.Method == CollectionMethod.Sum ? Convert.ChangeType(0, call.Type, CultureInfo.InvariantCulture) : null;
        while (walk.Next())
        {
            if (Value(call.Body!) is not { } value)
            {
                return null;
            }

            accumulator = accumulator is null ? value
                : call.Method == CollectionMethod.Sum ? Arithmetics.Apply(BinaryOperator.Add, accumulator, value)!
                : Arithmetics.Better(call.Method == CollectionMethod.Min ? BinaryOperator.Less : BinaryOperator.Greater, accumulator, value);
        }

        return accumulator;
    }

    /// <summary>One pass over a collection, binding the lambda variable (if any) to each element in turn.</summary>
    private struct Walk
    {
        private readonly LeanInterpreter _owner;
        private readonly LambdaVariable? _variable;
        private readonly object _source;
        private readonly IList? _list;
        private readonly MethodInfo? _indexer;
        private IEnumerator? _enumerator;
        private readonly int _slot;
        private int _index;
        private int _count;

        public Walk(LeanInterpreter owner, BoundCollectionCall call, object source)
        {
            _owner = owner;
            _variable = call.Variable;
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

            _slot = _variable is null ? -1 : owner.Push(_variable);
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
                _index++;
            }

            if (_variable is not null)
            {
                _owner._variables[_slot].Value = element;
            }

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
            if (_variable is not null)
            {
                _owner._depth--;
            }

            (_enumerator as IDisposable)?.Dispose();
        }

        private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

        private static object? Invoke(MethodInfo method, object target, params object?[] arguments) =>
            method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, arguments, null);
    }

    /// <summary>Binds a lambda variable for the duration of a walk; returns its slot.</summary>
    private int Push(LambdaVariable variable)
    {
        if (_depth == _variables.Length)
        {
            Array.Resize(ref _variables, Math.Max(4, _depth * 2));
        }

        _variables[_depth] = (variable, null);
        return _depth++;
    }
}
