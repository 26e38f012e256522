using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// Collection methods: Any, All, Count, Contains, Sum, Min, Max, Average, FirstOrDefault, LastOrDefault (First and Last
/// are read as these: where C# throws for no element, the element is missing), with lambdas over the elements (or an
/// argument without a lambda, read with the implicit 'it'), and Where before them.
/// </summary>
/// <remarks>
/// Where(p) is no node of its own: it becomes part of the body of the method after it, with one element variable for
/// both lambdas, so every evaluator runs it as it runs that method and Kleene logic decides the elements whose filter is
/// Unknown: <c>Where(p).Any(q)</c> is <c>Any(p &amp;&amp; q)</c>, <c>Count(q)</c> and <c>FirstOrDefault(q)</c>
/// likewise, <c>All(q)</c> is <c>All(!p || q)</c> and <c>Sum(v)</c> is <c>Sum(p ? v : 0)</c> (an Unknown filter
/// makes the sum missing).
/// </remarks>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] CollectionMethods = ["Any", "All", "Count", "Contains", "Sum", "Min", "Max", "Average", "FirstOrDefault", "LastOrDefault", "First", "Last", "Where", "Select"];

    /// <summary>The methods that take a lambda (or an argument read with the implicit 'it').</summary>
    private static readonly string[] LambdaMethods = ["Any", "All", "Count", "Sum", "Min", "Max", "Average", "FirstOrDefault", "LastOrDefault", "First", "Last", "Where"];

    /// <summary>The methods that may follow Where.</summary>
    private static readonly string[] AfterWhere = ["Any", "All", "Count", "Sum", "FirstOrDefault", "LastOrDefault", "First", "Last"];

    /// <summary>The methods that may follow Select: those that read the projected values, not pick an element.</summary>
    private static readonly string[] AfterSelect = ["Any", "All", "Count", "Contains", "Sum", "Min", "Max", "Average"];

    private BoundExpression BindCollectionMethod(CallSyntax call, BoundExpression source, CollectionShape shape) =>
        BindCollectionMethod(call, source, shape, null);

    /// <summary>
    /// A method over the collection, after the Where calls whose lambdas <paramref name="filter"/> lists (null: none), or
    /// after a Select whose element variable and projected value <paramref name="projection"/> gives (null: none).
    /// </summary>
    private BoundExpression BindCollectionMethod(CallSyntax call, BoundExpression source, CollectionShape shape, List<SyntaxNode>? filter, Projection? projection = null)
    {
        var name = MethodName(call);
        var element = shape.ElementType;
        if (!TypeFacts.Of(element).IsScalarOrObject)
        {
            throw Error(ExpressionDiagnosticCodes.UnreadableType, $"The elements of '{source.Text}' have type {TypeRules.Describe(element)}, which expressions cannot read.", call);
        }

        if (call.Arguments.Count > 1)
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{name}' takes at most one argument.", call);
        }

        if (name == "Where")
        {
            throw Error(ExpressionDiagnosticCodes.LambdaMisuse,
                $"'Where' must be followed by one of {string.Join(", ", AfterWhere)} (or by {string.Join(", ", ListViewMethods)} and one of them), such as {TextOf(call)}.Count(); a rule reads a number or a condition, not a list.", call);
        }

        if (name == "Select")
        {
            throw Error(ExpressionDiagnosticCodes.LambdaMisuse,
                $"'Select' must be followed by one of {string.Join(", ", AfterSelect)}, such as {TextOf(call)}.Sum(); a rule reads a number or a condition, not a list.", call);
        }

        if (projection is not null && !AfterSelect.Contains(name))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'{name}' cannot follow Select (the methods that can: {string.Join(", ", AfterSelect)}); to pick an element, pick it first and read its member, such as FirstOrDefault(x => ...).Amount.", call);
        }

        if (filter is not null && !AfterWhere.Contains(name))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'{name}' cannot follow Where (the methods that can: {string.Join(", ", AfterWhere)}); write the condition into the lambda instead, such as {name}(x => x.Value) over the whole list.", call);
        }

        var text = TextOf(call);
        if (name == "Contains")
        {
            return BindContains(call, source, shape, text, projection);
        }

        var method = name switch
        {
            "First" => CollectionMethod.FirstOrDefault,
            "Last" => CollectionMethod.LastOrDefault,
            _ => Enum.Parse<CollectionMethod>(name),
        };
        var argument = call.Arguments.Count == 1 ? call.Arguments[0] : null;
        var lambda = argument as LambdaSyntax;
        var variable = projection?.Variable ?? new LambdaVariable(lambda?.Parameter ?? (filter?.FirstOrDefault() as LambdaSyntax)?.Parameter ?? (argument is null ? "x" : "it"), element);
        var where = filter is null ? null : BindFilter(filter, variable);
        var body = argument is null ? null : BindElementArgument(argument, variable, projection?.Value);
        switch (method)
        {
            case CollectionMethod.Any or CollectionMethod.Count or CollectionMethod.FirstOrDefault or CollectionMethod.LastOrDefault:
                RequireCondition(body, argument);
                body = Both(where, body);
                var pick = _environment.Collection(new BoundCollectionCall(method, source, shape, body is null ? null : variable, body, ResultType(method, element), text));
                return pick.IsPick ? Widen(pick) : pick;
            case CollectionMethod.All:
                if (body is null)
                {
                    throw Error(ExpressionDiagnosticCodes.LambdaMisuse, "'All' needs a lambda, such as All(x => x.Value > 1).", call);
                }

                RequireCondition(body, argument);
                if (where is not null)
                {
                    body = new BoundBinary(BinaryOperator.Or, new BoundUnary(UnaryOperator.Not, where, $"!({where.Text})"), body, typeof(bool), $"!({where.Text}) || {body.Text}");
                }

                return _environment.Collection(new BoundCollectionCall(method, source, shape, variable, body, typeof(bool), text));
            default:
                body ??= projection?.Value ?? Widen(new BoundLambdaVariable(variable, text));
                if (!TypeRules.IsNumeric(body.Type))
                {
                    throw Error(ExpressionDiagnosticCodes.BadArguments,
                        $"'{name}' needs numbers, but '{(argument is null ? source.Text : TextOf(argument))}' gives {TypeRules.Describe(body.Type)}.", call);
                }

                if (method == CollectionMethod.Average && TypeRules.IsIntegral(body.Type))
                {
                    body = ConvertTo(body, typeof(double));
                }

                if (where is not null)
                {
                    body = new BoundConditional(where, body, new BoundConstant(body.Type, Convert.ChangeType(0, body.Type, System.Globalization.CultureInfo.InvariantCulture), "0"), $"{where.Text} ? {body.Text} : 0");
                }

                return _environment.Collection(new BoundCollectionCall(method, source, shape, variable, body, body.Type, text));
        }
    }

    /// <summary><c>list.Where(p)…Where(q).Method(…)</c>: the Where calls' lambdas become part of the method's body.</summary>
    private BoundExpression BindAfterWhere(CallSyntax call, CallSyntax where)
    {
        var filter = new List<SyntaxNode>();
        SyntaxNode receiver = where;
        while (receiver is CallSyntax { Receiver: { } inner } previous && previous.Name.Equals("Where", StringComparison.OrdinalIgnoreCase))
        {
            if (previous.Arguments.Count != 1)
            {
                throw Error(ExpressionDiagnosticCodes.BadArguments, "'Where' takes one argument: a condition such as Where(x => x.Value > 1).", previous);
            }

            filter.Insert(0, previous.Arguments[0]);
            receiver = inner;
        }

        var source = BindNode(receiver);
        return CollectionShape.Of(source.Type) is { } shape
            ? BindCollectionMethod(call, source, shape, filter)
            : throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'Where' is a collection method, but '{source.Text}' is {TypeRules.Describe(source.Type)}, not a list.", where);
    }

    private string MethodName(CallSyntax call) =>
        CollectionMethods.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
        ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
            $"Method '{call.Name}' is not allowed on collections.{AllowedOnCollections(call.Name)}", call);

    /// <summary>A did-you-mean, or every collection method (more than the usual list of twelve).</summary>
    private static string AllowedOnCollections(string name)
    {
        string[] all = [.. CollectionMethods, .. ListViewMethods];
        return DidYouMean.Closest(name, all).Count > 0 ? DidYouMean.Phrase(name, all) : $" Allowed: {string.Join(", ", all)}.";
    }

    private static Type ResultType(CollectionMethod method, Type element) => method switch
    {
        CollectionMethod.Any => typeof(bool),
        CollectionMethod.Count => typeof(int),
        _ => TypeRules.Underlying(element),
    };

    /// <summary>The Where lambdas over the one element variable, joined with Kleene and.</summary>
    private BoundExpression BindFilter(List<SyntaxNode> filter, LambdaVariable variable)
    {
        BoundExpression? joined = null;
        foreach (var argument in filter)
        {
            var condition = BindElementArgument(argument, variable);
            RequireCondition(condition, argument);
            joined = Both(joined, condition);
        }

        return joined!;
    }

    private static BoundExpression? Both(BoundExpression? first, BoundExpression? second) =>
        first is null ? second
        : second is null ? first
        : new BoundBinary(BinaryOperator.And, first, second, typeof(bool), $"{first.Text} && {second.Text}");

    private void RequireCondition(BoundExpression? body, SyntaxNode? argument)
    {
        if (body is not null && body.Type != typeof(bool))
        {
            var bodyText = TextOf(argument is LambdaSyntax lambda ? lambda.Body : argument!);
            throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"The lambda body '{bodyText}' is {TypeRules.Describe(body.Type)}, but a condition (true or false) is needed.", argument is LambdaSyntax l ? l.Body : argument!);
        }
    }

    /// <summary>A lambda's body with its parameter naming the element, or an argument without a lambda read with the implicit 'it'.</summary>
    /// <summary>The argument's body with its parameter (or 'it') in scope: the element's variable, or the value <paramref name="alias"/> after Select.</summary>
    private BoundExpression BindElementArgument(SyntaxNode argument, LambdaVariable variable, BoundExpression? alias = null)
    {
        var (name, body, isImplicit) = argument is LambdaSyntax lambda ? (lambda.Parameter, lambda.Body, false) : ("it", argument, true);
        (_lambdaScope ??= []).Add(new LambdaScopeEntry(name, variable, isImplicit, alias));
        try
        {
            return BindNode(body);
        }
        finally
        {
            _lambdaScope!.RemoveAt(_lambdaScope.Count - 1);
        }
    }

    /// <summary>Contains(v) is Any(x => x == v), so null elements and a missing v follow the same Kleene rules as Any.</summary>
    private BoundExpression BindContains(CallSyntax call, BoundExpression source, CollectionShape shape, string text, Projection? projection)
    {
        RequireArguments(call, 1, "list.Contains(value)");
        if (call.Arguments[0] is LambdaSyntax)
        {
            throw Error(ExpressionDiagnosticCodes.LambdaMisuse, "'Contains' takes a value, not a lambda; use Any(x => ...) for a condition.", call.Arguments[0]);
        }

        var variable = projection?.Variable ?? new LambdaVariable("x", shape.ElementType);
        var value = BindNode(call.Arguments[0]);
        var element = projection?.Value ?? Widen(new BoundLambdaVariable(variable, source.Text));
        var body = IsNull(value)
            ? new BoundNullTest(NullTestKind.IsNull, element, text)
            : BindComparison(BinaryOperator.Equal, element, value, call.Arguments[0], text);
        return _environment.Collection(new BoundCollectionCall(CollectionMethod.Any, source, shape, variable, body, typeof(bool), text));
    }

    /// <summary>
    /// <c>list.Select(x => f).Method(y => g)</c> is <c>list.Method(x => g)</c> with y standing for f, and
    /// <c>Method()</c> is <c>Method(x => f)</c>: as with Where, no list is built, so every evaluator runs it as it runs
    /// Method, and a missing projected value is missing where the method reads it.
    /// </summary>
    private BoundExpression BindAfterSelect(CallSyntax call, CallSyntax select)
    {
        if (select.Arguments is not [LambdaSyntax lambda])
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, "'Select' takes a lambda that picks a value, such as Select(x => x.Amount).", select);
        }

        var source = BindNode(select.Receiver!);
        if (CollectionShape.Of(source.Type) is not { } shape)
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed, $"'Select' is a collection method, but '{source.Text}' is {TypeRules.Describe(source.Type)}, not a list.", select);
        }

        var variable = new LambdaVariable(lambda.Parameter, shape.ElementType);
        var projected = BindElementArgument(lambda, variable);
        if (!TypeRules.IsScalar(projected.Type))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'Select' must pick a value (a number, text, bool or enum), but '{projected.Text}' is {TypeRules.Describe(projected.Type)}; select a member of it.", lambda);
        }

        return BindCollectionMethod(call, source, shape, null, new Projection(variable, projected));
    }

    /// <summary>What a Select before a collection method picks: the element's variable and the value read from it.</summary>
    private sealed record Projection(LambdaVariable Variable, BoundExpression Value);
}
