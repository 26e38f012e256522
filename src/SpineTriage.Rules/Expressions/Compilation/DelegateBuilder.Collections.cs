using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>
/// Collection methods as loops written into the expression tree: index loops over arrays and lists, so Any/All over a
/// list allocate nothing; an enumerator only for other enumerables. Any stops at the first True, All at the first False,
/// Count/Sum/Min/Max at the first Unknown element, exactly as the tree walker (<see cref="ExpressionWalker{TMode, TResult}"/>) does.
/// </summary>
internal sealed partial class DelegateBuilder
{
    private Expression CollectionTruth(BoundCollectionCall call) => WithSource(call, typeof(Truth), MissingTruth, (source, result) =>
    {
        var any = call.Method == CollectionMethod.Any;
        var (stop, keepGoing) = any ? (TrueTruth, FalseTruth) : (FalseTruth, TrueTruth);
        if (call.Body is null)
        {
            return Expression.Block(
                Expression.Assign(result, FalseTruth),
                Loop(call, source, exit => Expression.Block(Expression.Assign(result, TrueTruth), Expression.Break(exit))));
        }

        var t = Temp(typeof(Truth));
        return Expression.Block(
            Expression.Assign(result, keepGoing),
            Loop(call, source, exit => Expression.Block(
                Expression.Assign(t, Truth(call.Body)),
                Expression.IfThenElse(Expression.Equal(t, stop),
                    Expression.Block(Expression.Assign(result, stop), Expression.Break(exit)),
                    Expression.IfThen(Expression.Equal(t, UnknownTruth), Expression.Assign(result, UnknownTruth))))));
    });

    private Expression CollectionValue(BoundCollectionCall call)
    {
        var resultType = NullableForm(call.Type);
        return WithSource(call, resultType, Missing(call.Type), (source, result) => call.Method switch
        {
            CollectionMethod.Count when call.Body is null => Expression.Assign(result, Lift(Count(call.Shape, source))),
            CollectionMethod.Count => CountWhere(call, source, result),
            CollectionMethod.FirstOrDefault or CollectionMethod.LastOrDefault => Pick(call, source, result),
            CollectionMethod.Average => Average(call, source, result),
            CollectionMethod.Sum => Aggregate(call, source, result, (acc, v) =>
                call.Type == typeof(double) ? Expression.Add(acc, v) : Expression.AddChecked(acc, v), seeded: true),
            _ => Aggregate(call, source, result, (acc, v) => Expression.Condition(
                call.Method == CollectionMethod.Min ? Expression.LessThan(v, acc) : Expression.GreaterThan(v, acc), v, acc), seeded: false),
        });
    }

    /// <summary>Reads the source once; a missing collection gives <paramref name="missing"/>, else runs the body that sets the result.</summary>
    private Expression WithSource(BoundCollectionCall call, Type resultType, Expression missing, Func<Expression, ParameterExpression, Expression> body)
    {
        var setup = new List<Expression>();
        var source = Stash(Value(call.Source), setup);
        var result = Temp(resultType);
        var run = Expression.Block(body(ValueOf(source), result), result);
        return Sequence(setup, Expression.Condition(HasValue(source), run, missing));
    }

    private Expression CountWhere(BoundCollectionCall call, Expression source, ParameterExpression result)
    {
        var count = Temp(typeof(int));
        var t = Temp(typeof(Truth));
        return Expression.Block(
            Expression.Assign(count, Expression.Constant(0)),
            Expression.Assign(result, Lift(count)),
            Loop(call, source, exit => Expression.Block(
                Expression.Assign(t, Truth(call.Body!)),
                Expression.IfThen(Expression.Equal(t, UnknownTruth), Expression.Block(Expression.Assign(count, Expression.Constant(-1)), Expression.Break(exit))),
                Expression.IfThen(Expression.Equal(t, TrueTruth), Expression.PreIncrementAssign(count)))),
            Expression.Assign(result, Expression.Condition(Expression.LessThan(count, Expression.Constant(0)), Missing(typeof(int)), Lift(count))));
    }

    /// <summary>
    /// FirstOrDefault/LastOrDefault: the first (last) element whose body is True, or the first (last) element; missing
    /// when none, and when a body before it (after it, for LastOrDefault) is Unknown. LastOrDefault walks every element:
    /// each True sets the result and each Unknown clears it, so the last decision stands.
    /// </summary>
    private Expression Pick(BoundCollectionCall call, Expression source, ParameterExpression result)
    {
        var last = call.Method == CollectionMethod.LastOrDefault;
        var missing = Missing(call.Type);
        Expression Take(ParameterExpression element) => Expression.Convert(element, result.Type);
        if (call.Body is null)
        {
            return Expression.Block(
                Expression.Assign(result, missing),
                Loop(call, source, (element, exit) => last
                    ? Expression.Assign(result, Take(element))
                    : Expression.Block(Expression.Assign(result, Take(element)), Expression.Break(exit))));
        }

        var t = Temp(typeof(Truth));
        return Expression.Block(
            Expression.Assign(result, missing),
            Loop(call, source, (element, exit) => Expression.Block(
                Expression.Assign(t, Truth(call.Body)),
                Expression.IfThenElse(Expression.Equal(t, TrueTruth),
                    last ? Expression.Assign(result, Take(element)) : Expression.Block(Expression.Assign(result, Take(element)), Expression.Break(exit)),
                    Expression.IfThen(Expression.Equal(t, UnknownTruth),
                        last ? Expression.Assign(result, missing) : Expression.Block(Expression.Assign(result, missing), Expression.Break(exit)))))));
    }

    /// <summary>Average: a sum (in double, or decimal for decimals) divided by the count; missing for no elements and when an element's value is missing.</summary>
    private Expression Average(BoundCollectionCall call, Expression source, ParameterExpression result)
    {
        var type = call.Type;
        var sum = Temp(type);
        var count = Temp(typeof(int));
        var missing = Temp(typeof(bool));
        var setup = new List<Expression>();
        return Expression.Block(
            Expression.Assign(sum, Expression.Convert(Expression.Constant(0), type)),
            Expression.Assign(count, Expression.Constant(0)),
            Expression.Assign(missing, Expression.Constant(false)),
            Loop(call, source, exit =>
            {
                setup.Clear();
                var value = Stash(Value(call.Body!), setup);
                setup.Add(Expression.IfThen(Expression.Not(HasValue(value)), Expression.Block(Expression.Assign(missing, Expression.Constant(true)), Expression.Break(exit))));
                setup.Add(Expression.Assign(sum, Expression.Add(sum, ValueOf(value))));
                setup.Add(Expression.PreIncrementAssign(count));
                return Expression.Block(setup);
            }),
            Expression.Assign(result, Expression.Condition(Expression.OrElse(missing, Expression.Equal(count, Expression.Constant(0))), Missing(type),
                Lift(Expression.Divide(sum, Expression.Convert(count, type))))));
    }

    /// <summary>Sum (seeded with 0) or Min/Max (seeded with the first element); missing when an element's value is missing, and Min/Max of nothing is missing.</summary>
    private Expression Aggregate(BoundCollectionCall call, Expression source, ParameterExpression result, Func<Expression, Expression, Expression> step, bool seeded)
    {
        var type = call.Type;
        var acc = Temp(type);
        var has = Temp(typeof(bool));
        var missing = Temp(typeof(bool));
        var setup = new List<Expression>();
        return Expression.Block(
            Expression.Assign(acc, Expression.Default(type)),
            Expression.Assign(has, Expression.Constant(seeded)),
            Expression.Assign(missing, Expression.Constant(false)),
            Loop(call, source, exit =>
            {
                setup.Clear();
                var value = Stash(Value(call.Body!), setup);
                setup.Add(Expression.IfThen(Expression.Not(HasValue(value)), Expression.Block(Expression.Assign(missing, Expression.Constant(true)), Expression.Break(exit))));
                setup.Add(Expression.Assign(acc, Expression.Condition(has, step(acc, ValueOf(value)), ValueOf(value))));
                setup.Add(Expression.Assign(has, Expression.Constant(true)));
                return Expression.Block(setup);
            }),
            Expression.Assign(result, Expression.Condition(Expression.OrElse(missing, Expression.Not(has)), Missing(type), Lift(acc))));
    }

    private static Expression Count(CollectionShape shape, Expression source) => shape switch
    {
        { IsArray: true } => Expression.ArrayLength(source),
        { CountGetter: { } getter } => Expression.Call(source, getter),
        _ => Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [shape.ElementType], Expression.Convert(source, shape.EnumerableType)),
    };

    /// <summary>Runs the body once per element with the lambda variable set; the body may break out through the label it is given.</summary>
    private Expression Loop(BoundCollectionCall call, Expression source, Func<LabelTarget, Expression> body) =>
        Loop(call, source, (_, exit) => body(exit));

    /// <summary>As <see cref="Loop(BoundCollectionCall, Expression, Func{LabelTarget, Expression})"/>, the body also given the element.</summary>
    private Expression Loop(BoundCollectionCall call, Expression source, Func<ParameterExpression, LabelTarget, Expression> body)
    {
        var shape = call.Shape;
        var element = Expression.Variable(shape.ElementType, call.Variable?.Name ?? "element");
        _locals.Add(element);
        if (call.Variable is not null)
        {
            _variables[call.Variable] = element;
        }

        var exit = Expression.Label("exit");
        if (!shape.IsArray && shape.Indexer is not null && shape.CollectionType.IsInterface)
        {
            return DevirtualizedLoop(shape, source, element, exit, label => body(element, label));
        }

        if (shape.IsArray || shape.Indexer is not null)
        {
            var index = Temp(typeof(int));
            var count = Temp(typeof(int));
            var read = shape.IsArray ? Expression.ArrayIndex(source, index) : (Expression)Expression.Call(source, shape.Indexer!, index);
            return Expression.Block(
                Expression.Assign(index, Expression.Constant(0)),
                Expression.Assign(count, Count(shape, source)),
                Expression.Loop(Expression.Block(
                    Expression.IfThen(Expression.GreaterThanOrEqual(index, count), Expression.Break(exit)),
                    Expression.Assign(element, read),
                    Expression.PreIncrementAssign(index),
                    body(element, exit)), exit));
        }

        var enumeratorType = typeof(IEnumerator<>).MakeGenericType(shape.ElementType);
        var enumerator = Temp(enumeratorType);
        return Expression.Block(
            Expression.Assign(enumerator, Expression.Call(Expression.Convert(source, shape.EnumerableType), shape.EnumerableType.GetMethod("GetEnumerator")!)),
            Expression.TryFinally(
                Expression.Loop(Expression.Block(
                    Expression.IfThen(Expression.Not(Expression.Call(enumerator, typeof(System.Collections.IEnumerator).GetMethod("MoveNext")!)), Expression.Break(exit)),
                    Expression.Assign(element, Expression.Property(enumerator, "Current")),
                    body(element, exit)), exit),
                Expression.Call(enumerator, typeof(IDisposable).GetMethod("Dispose")!)));
    }

    /// <summary>
    /// An index loop over a list typed as an interface, with the two concrete types hosts pass almost always (arrays
    /// and List&lt;T&gt;) read directly: an exact type test (one compare, no cast helper), then their Count and indexer,
    /// which are non-virtual and inlined, where an interface call per element costs a dispatch that compiled expression
    /// trees, which get no profile-guided devirtualization, never lose. Any other implementation goes through the interface.
    /// </summary>
    private Expression DevirtualizedLoop(CollectionShape shape, Expression source, ParameterExpression element, LabelTarget exit, Func<LabelTarget, Expression> body)
    {
        var arrayType = shape.ElementType.MakeArrayType();
        var listType = typeof(List<>).MakeGenericType(shape.ElementType);
        var kind = Temp(typeof(int));
        var array = Temp(arrayType);
        var list = Temp(listType);
        var index = Temp(typeof(int));
        var count = Temp(typeof(int));
        var isArray = Expression.Equal(kind, Expression.Constant(1));
        var isList = Expression.Equal(kind, Expression.Constant(2));
        var classify = Expression.Condition(
            shape.CollectionType.IsAssignableFrom(arrayType) ? Expression.TypeEqual(source, arrayType) : Expression.Constant(false),
            Expression.Block(Expression.Assign(array, ExactCast(source, arrayType)), Expression.Constant(1)),
            Expression.Condition(
                shape.CollectionType.IsAssignableFrom(listType) ? Expression.TypeEqual(source, listType) : Expression.Constant(false),
                Expression.Block(Expression.Assign(list, ExactCast(source, listType)), Expression.Constant(2)),
                Expression.Constant(0)));
        return Expression.Block(
            Expression.Assign(kind, classify),
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Assign(count, Expression.Condition(isArray, Expression.ArrayLength(array),
                Expression.Condition(isList, Expression.Property(list, "Count"), Expression.Call(source, shape.CountGetter!)))),
            Expression.Loop(Expression.Block(
                Expression.IfThen(Expression.GreaterThanOrEqual(index, count), Expression.Break(exit)),
                Expression.Assign(element, Expression.Condition(isArray, Expression.ArrayIndex(array, index),
                    Expression.Condition(isList, Expression.Property(list, "Item", index), Expression.Call(source, shape.Indexer!, index)))),
                Expression.PreIncrementAssign(index),
                body(exit)), exit));
    }

    /// <summary>A reinterpretation without a cast check, for a value whose exact type was just tested.</summary>
    private static Expression ExactCast(Expression source, Type type) =>
        Expression.Call(typeof(System.Runtime.CompilerServices.Unsafe).GetMethod(nameof(System.Runtime.CompilerServices.Unsafe.As), 1, [typeof(object)])!.MakeGenericMethod(type), source);
}
