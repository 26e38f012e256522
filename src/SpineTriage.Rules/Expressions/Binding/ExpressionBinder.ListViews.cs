using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// OrderBy, OrderByDescending, Take and Skip, and Where before them: each a <see cref="BoundListView"/> over its
/// source, read by the collection method, index or view that follows (<c>Where(p).OrderByDescending(k).Take(2).Sum(v)</c>).
/// </summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] ListViewMethods = ["OrderBy", "OrderByDescending", "Take", "Skip"];

    private static ListViewOperation? ListViewOperationNamed(string name) =>
        ListViewMethods.FirstOrDefault(m => m.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } method ? Enum.Parse<ListViewOperation>(method) : null;

    private static bool IsWhere(SyntaxNode? node, out CallSyntax where)
    {
        where = node as CallSyntax ?? null!;
        return node is CallSyntax { Receiver: not null } call && call.Name.Equals("Where", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary><c>source.OrderBy(k)</c>, <c>OrderByDescending(k)</c>, <c>Take(n)</c> or <c>Skip(n)</c>; a Where before it is a view of its own.</summary>
    private BoundListView BindListView(CallSyntax call, ListViewOperation operation) =>
        MakeListView(call, operation, IsWhere(call.Receiver, out var where) ? BindWhereView(where) : BindNode(call.Receiver!));

    private BoundListView BindWhereView(CallSyntax where) =>
        MakeListView(where, ListViewOperation.Where, IsWhere(where.Receiver, out var inner) ? BindWhereView(inner) : BindNode(where.Receiver!));

    private BoundListView MakeListView(CallSyntax call, ListViewOperation operation, BoundExpression source)
    {
        var name = operation.ToString();
        var shape = CollectionShape.Of(source.Type)
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed, $"'{name}' is a collection method, but '{source.Text}' is {TypeRules.Describe(source.Type)}, not a list.", call);
        if (!TypeFacts.Of(shape.ElementType).IsScalarOrObject)
        {
            throw Error(ExpressionDiagnosticCodes.UnreadableType, $"The elements of '{source.Text}' have type {TypeRules.Describe(shape.ElementType)}, which expressions cannot read.", call);
        }

        var slice = operation is ListViewOperation.Take or ListViewOperation.Skip;
        if (call.Arguments.Count != 1)
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'{name}' takes one argument: {(slice ? $"a count, such as {name}(2)" : operation == ListViewOperation.Where ? "a condition, such as Where(x => x.Value > 1)" : $"a key, such as {name}(x => x.Value)")}.", call);
        }

        var argument = call.Arguments[0];
        var text = TextOf(call);
        if (slice)
        {
            if (argument is LambdaSyntax)
            {
                throw Error(ExpressionDiagnosticCodes.LambdaMisuse, $"'{name}' takes a count, not a lambda, such as {name}(2).", argument);
            }

            var count = BindNode(argument);
            return count.Type == typeof(int)
                ? new BoundListView(operation, source, shape, null, count, text)
                : throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{TextOf(argument)}' is {TypeRules.Describe(count.Type)}, but {name} needs a whole number (int).", argument);
        }

        var variable = new LambdaVariable((argument as LambdaSyntax)?.Parameter ?? "it", shape.ElementType);
        var body = BindElementArgument(argument, variable);
        if (operation == ListViewOperation.Where)
        {
            RequireCondition(body, argument);
        }
        else if (body.Type == typeof(object) || !TypeRules.IsScalar(body.Type))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'{name}' needs a key it can order by (a number, text, date, bool or enum name), but '{TextOf(argument is LambdaSyntax lambda ? lambda.Body : argument)}' gives {TypeRules.Describe(body.Type)}.", argument);
        }

        return new BoundListView(operation, source, shape, variable, body, text);
    }
}
