namespace SpineTriage.Rules.Expressions;

/// <summary>Collection methods: Any, All, Count, Contains, Sum, Min, Max, with lambdas over the elements.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] CollectionMethods = ["Any", "All", "Count", "Contains", "Sum", "Min", "Max"];

    private BoundExpression BindCollectionMethod(CallSyntax call, BoundExpression source, CollectionShape shape)
    {
        var name = CollectionMethods.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"Method '{call.Name}' is not allowed on collections.{Suggestions.Phrase(call.Name, CollectionMethods, "Allowed")}", call);
        var element = shape.ElementType;
        if (!TypeFacts.Of(element).IsScalarOrObject)
        {
            throw Error(ExpressionDiagnosticCodes.UnreadableType, $"The elements of '{source.Text}' have type {TypeRules.Describe(element)}, which expressions cannot read.", call);
        }

        if (call.Arguments.Count > 1)
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{name}' takes at most one argument.", call);
        }

        var text = TextOf(call);
        if (name == "Contains")
        {
            return BindContains(call, source, shape, text);
        }

        var method = name switch
        {
            "Any" => CollectionMethod.Any,
            "All" => CollectionMethod.All,
            "Count" => CollectionMethod.Count,
            "Sum" => CollectionMethod.Sum,
            "Min" => CollectionMethod.Min,
            _ => CollectionMethod.Max,
        };
        var lambda = call.Arguments.Count == 1 ? call.Arguments[0] as LambdaSyntax : null;
        if (call.Arguments.Count == 1 && lambda is null)
        {
            throw Error(ExpressionDiagnosticCodes.LambdaMisuse, $"The argument of '{name}' must be a lambda, such as {name}(x => x.Value > 1).", call.Arguments[0]);
        }

        var variable = new LambdaVariable(lambda?.Parameter ?? "x", element);
        BoundExpression? body = lambda is null ? null : BindLambdaBody(lambda, variable);
        switch (method)
        {
            case CollectionMethod.Any or CollectionMethod.Count:
                RequireCondition(body, lambda);
                return new BoundCollectionCall(method, source, shape, body is null ? null : variable, body, method == CollectionMethod.Any ? typeof(bool) : typeof(int), text);
            case CollectionMethod.All:
                if (body is null)
                {
                    throw Error(ExpressionDiagnosticCodes.LambdaMisuse, "'All' needs a lambda, such as All(x => x.Value > 1).", call);
                }

                RequireCondition(body, lambda);
                return new BoundCollectionCall(method, source, shape, variable, body, typeof(bool), text);
            default:
                body ??= Widen(new BoundLambdaVariable(variable, text));
                return TypeRules.IsNumeric(body.Type)
                    ? new BoundCollectionCall(method, source, shape, variable, body, body.Type, text)
                    : throw Error(ExpressionDiagnosticCodes.BadArguments,
                        $"'{name}' needs numbers, but '{(lambda is null ? source.Text : TextOf(lambda.Body))}' gives {TypeRules.Describe(body.Type)}.", call);
        }
    }

    private void RequireCondition(BoundExpression? body, LambdaSyntax? lambda)
    {
        if (body is not null && body.Type != typeof(bool))
        {
            throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"The lambda body '{TextOf(lambda!.Body)}' is {TypeRules.Describe(body.Type)}, but a condition (true or false) is needed.", lambda.Body);
        }
    }

    private BoundExpression BindLambdaBody(LambdaSyntax lambda, LambdaVariable variable)
    {
        (_lambdaScope ??= []).Add(variable);
        try
        {
            return BindNode(lambda.Body);
        }
        finally
        {
            _lambdaScope!.RemoveAt(_lambdaScope.Count - 1);
        }
    }

    /// <summary>Contains(v) is Any(x => x == v), so null elements and a missing v follow the same Kleene rules as Any.</summary>
    private BoundExpression BindContains(CallSyntax call, BoundExpression source, CollectionShape shape, string text)
    {
        RequireArguments(call, 1, "list.Contains(value)");
        if (call.Arguments[0] is LambdaSyntax)
        {
            throw Error(ExpressionDiagnosticCodes.LambdaMisuse, "'Contains' takes a value, not a lambda; use Any(x => ...) for a condition.", call.Arguments[0]);
        }

        var variable = new LambdaVariable("x", shape.ElementType);
        var value = BindNode(call.Arguments[0]);
        var element = Widen(new BoundLambdaVariable(variable, source.Text));
        var body = IsNull(value)
            ? new BoundNullTest(NullTestKind.IsNull, element, text)
            : BindComparison(BinaryOperator.Equal, element, value, call.Arguments[0], text);
        return new BoundCollectionCall(CollectionMethod.Any, source, shape, variable, body, typeof(bool), text);
    }
}
