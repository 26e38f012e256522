using System.Linq.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Expressions.Interpretation;

namespace SpineTriage.Rules.Expressions.Compilation;

/// <summary>
/// List views as loops written into the expression tree, as the walker runs them (ExpressionWalker.ListViews): the
/// source copied to an array, then the count, or each element's condition or key up to the first Unknown or missing
/// one (the view is then missing), and the ordering or slice made by <see cref="ListViews"/>.
/// </summary>
internal sealed partial class DelegateBuilder
{
    private Expression ListView(BoundListView view)
    {
        var elementType = view.Shape.ElementType;
        var arrayType = elementType.MakeArrayType();
        var setup = new List<Expression>();
        var source = Stash(Value(view.Source), setup);
        var items = Temp(arrayType);
        var result = Temp(arrayType);
        var copy = Expression.Assign(items, Expression.Call(typeof(Enumerable), nameof(Enumerable.ToArray), [elementType],
            Expression.Convert(ValueOf(source), view.Shape.EnumerableType)));
        var make = view.Operation switch
        {
            ListViewOperation.Take or ListViewOperation.Skip => Slice(view, items, result),
            ListViewOperation.Where => Filter(view, items, result),
            _ => Order(view, items, result),
        };
        return Sequence(setup, Expression.Condition(HasValue(source), Expression.Block(copy, make, result), Expression.Constant(null, arrayType)));
    }

    private Expression Slice(BoundListView view, ParameterExpression items, ParameterExpression result)
    {
        var setup = new List<Expression>();
        var count = Stash(Value(view.Argument), setup);
        var sliced = Expression.Call(typeof(ListViews), nameof(ListViews.Sliced), [view.Shape.ElementType],
            items, Expression.Constant(view.Operation == ListViewOperation.Take), ValueOf(count));
        return Sequence(setup, Expression.Assign(result, Expression.Condition(HasValue(count), sliced, Expression.Constant(null, result.Type))));
    }

    private Expression Filter(BoundListView view, ParameterExpression items, ParameterExpression result)
    {
        var keep = Temp(typeof(bool[]));
        var missing = Temp(typeof(bool));
        var t = Temp(typeof(Truth));
        return Expression.Block(
            Expression.Assign(keep, Expression.NewArrayBounds(typeof(bool), Expression.ArrayLength(items))),
            Expression.Assign(missing, Expression.Constant(false)),
            ViewLoop(view, items, (index, exit) => Expression.Block(
                Expression.Assign(t, Truth(view.Argument)),
                Expression.IfThen(Expression.Equal(t, UnknownTruth), Expression.Block(Expression.Assign(missing, Expression.Constant(true)), Expression.Break(exit))),
                Expression.Assign(Expression.ArrayAccess(keep, index), Expression.Equal(t, TrueTruth)))),
            Expression.Assign(result, Expression.Condition(missing, Expression.Constant(null, result.Type),
                Expression.Call(typeof(ListViews), nameof(ListViews.Keep), [view.Shape.ElementType], items, keep))));
    }

    private Expression Order(BoundListView view, ParameterExpression items, ParameterExpression result)
    {
        var keys = Temp(typeof(object[]));
        var missing = Temp(typeof(bool));
        var setup = new List<Expression>();
        return Expression.Block(
            Expression.Assign(keys, Expression.NewArrayBounds(typeof(object), Expression.ArrayLength(items))),
            Expression.Assign(missing, Expression.Constant(false)),
            ViewLoop(view, items, (index, exit) =>
            {
                setup.Clear();
                var key = Stash(Value(view.Argument), setup);
                setup.Add(Expression.IfThen(Expression.Not(HasValue(key)), Expression.Block(Expression.Assign(missing, Expression.Constant(true)), Expression.Break(exit))));
                setup.Add(Expression.Assign(Expression.ArrayAccess(keys, index), Expression.Convert(ValueOf(key), typeof(object))));
                return Expression.Block(setup);
            }),
            Expression.Assign(result, Expression.Condition(missing, Expression.Constant(null, result.Type),
                Expression.Call(typeof(ListViews), nameof(ListViews.Order), [view.Shape.ElementType], items,
                    keys, Expression.Constant(view.Operation == ListViewOperation.OrderByDescending)))));
    }

    /// <summary>Runs the body once per element of the copied source with the view's lambda variable set, given the element's index.</summary>
    private Expression ViewLoop(BoundListView view, ParameterExpression items, Func<ParameterExpression, LabelTarget, Expression> body)
    {
        var element = Expression.Variable(view.Shape.ElementType, view.Variable!.Name);
        _locals.Add(element);
        _variables[view.Variable] = element;
        var index = Temp(typeof(int));
        var exit = Expression.Label("exit");
        return Expression.Block(
            Expression.Assign(index, Expression.Constant(0)),
            Expression.Loop(Expression.Block(
                Expression.IfThen(Expression.GreaterThanOrEqual(index, Expression.ArrayLength(items)), Expression.Break(exit)),
                Expression.Assign(element, Expression.ArrayIndex(items, index)),
                body(index, exit),
                Expression.PreIncrementAssign(index)), exit));
    }
}
