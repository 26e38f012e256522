namespace SpineTriage.Rules.Expressions;

/// <summary>Calls: iif, string.IsNullOrEmpty, Math, and the whitelisted string methods; collection methods are in Collections.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] StringMethods = ["Contains", "StartsWith", "EndsWith", "ToLower", "ToUpper", "Trim"];
    private static readonly string[] MathFunctions = ["Abs", "Min", "Max", "Round"];

    private BoundExpression BindCall(CallSyntax call)
    {
        if (call.Receiver is null)
        {
            return BindFunction(call);
        }

        if (ObjectMethods.Contains(call.Name) || ForbiddenNames.Contains(call.Name))
        {
            throw Forbidden(call.Name, call);
        }

        if (call.Receiver is IdentifierSyntax root && IsStaticClassName(root.Name) && _environment.Resolve(root.Name, root.Name) is null
            && LambdaVariableNamed(root.Name) is null)
        {
            return root.Name.Equals("Math", StringComparison.OrdinalIgnoreCase) ? BindMath(call) : BindStringFunction(call);
        }

        var target = BindNode(call.Receiver);
        if (target.Type == typeof(string))
        {
            return BindStringMethod(call, target);
        }

        if (CollectionShape.Of(target.Type) is { } shape)
        {
            return BindCollectionMethod(call, target, shape);
        }

        throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
            $"Method '{call.Name}' cannot be called on '{target.Text}' ({TypeRules.Describe(target.Type)}); only string and collection methods are allowed.", call);
    }

    private BoundExpression BindFunction(CallSyntax call)
    {
        if (call.Name.Equals("iif", StringComparison.OrdinalIgnoreCase))
        {
            RequireArguments(call, 3, "iif(condition, valueIfTrue, valueIfFalse)");
            return BindConditional(call.Arguments[0], call.Arguments[1], call.Arguments[2], call);
        }

        if (ForbiddenNames.Contains(call.Name))
        {
            throw Forbidden(call.Name, call);
        }

        throw Error(ExpressionDiagnosticCodes.UnknownName, $"Unknown function '{call.Name}'.{Suggestions.Phrase(call.Name, ["iif"], "The function available is")}", call);
    }

    private void RequireArguments(CallSyntax call, int count, string usage)
    {
        if (call.Arguments.Count != count)
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, $"'{call.Name}' takes {count} argument(s): {usage}.", call);
        }
    }

    private BoundExpression BindArgument(SyntaxNode argument, Type expected, string usage)
    {
        var bound = BindNode(argument);
        return bound.Type == expected || (expected == typeof(string) && IsNull(bound))
            ? IsNull(bound) ? new BoundConstant(expected, null, bound.Text) : bound
            : throw Error(ExpressionDiagnosticCodes.BadArguments,
                $"'{TextOf(argument)}' is {TypeRules.Describe(bound.Type)}, but {usage} needs {TypeRules.Describe(expected)}.", argument);
    }

    private BoundExpression BindStringFunction(CallSyntax call)
    {
        if (!call.Name.Equals("IsNullOrEmpty", StringComparison.OrdinalIgnoreCase))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'string.{call.Name}' is not allowed.{Suggestions.Phrase(call.Name, ["IsNullOrEmpty"], "The string function available is")}", call);
        }

        RequireArguments(call, 1, "string.IsNullOrEmpty(text)");
        return new BoundNullTest(NullTestKind.IsNullOrEmpty, BindArgument(call.Arguments[0], typeof(string), "string.IsNullOrEmpty"), TextOf(call));
    }

    private BoundExpression BindStringMethod(CallSyntax call, BoundExpression target)
    {
        var name = StringMethods.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? (call.Name.Equals("ToLowerInvariant", StringComparison.OrdinalIgnoreCase) ? "ToLower"
                : call.Name.Equals("ToUpperInvariant", StringComparison.OrdinalIgnoreCase) ? "ToUpper" : null)
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"Method '{call.Name}' is not allowed on strings.{Suggestions.Phrase(call.Name, [.. StringMethods, "Length"], "Allowed")}", call);
        var method = name switch
        {
            "Contains" => StringMethod.Contains,
            "StartsWith" => StringMethod.StartsWith,
            "EndsWith" => StringMethod.EndsWith,
            "ToLower" => StringMethod.ToLower,
            "ToUpper" => StringMethod.ToUpper,
            _ => StringMethod.Trim,
        };
        if (method is StringMethod.ToLower or StringMethod.ToUpper or StringMethod.Trim)
        {
            RequireArguments(call, 0, $"text.{name}()");
            return new BoundStringCall(method, target, null, TextOf(call));
        }

        RequireArguments(call, 1, $"text.{name}(\"...\")");
        return new BoundStringCall(method, target, BindArgument(call.Arguments[0], typeof(string), name), TextOf(call));
    }

    private BoundExpression BindMath(CallSyntax call)
    {
        var name = MathFunctions.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'Math.{call.Name}' is not allowed.{Suggestions.Phrase(call.Name, MathFunctions, "Allowed")}", call);
        var function = name switch
        {
            "Abs" => MathFunction.Abs,
            "Min" => MathFunction.Min,
            "Max" => MathFunction.Max,
            _ => MathFunction.Round,
        };
        var arguments = call.Arguments.Select(BindNode).ToList();
        var arity = function is MathFunction.Min or MathFunction.Max ? 2 : function == MathFunction.Round && arguments.Count == 2 ? 2 : 1;
        RequireArguments(call, arity, function == MathFunction.Round ? "Math.Round(x) or Math.Round(x, digits)" : $"Math.{name}({(arity == 2 ? "a, b" : "x")})");
        if (arity == 2 && function != MathFunction.Round)
        {
            (arguments[0], arguments[1]) = Promote(arguments[0], arguments[1], call);
        }

        if (!TypeRules.IsNumeric(arguments[0].Type) || (arity == 2 && function != MathFunction.Round && arguments[1].Type != arguments[0].Type))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, $"Math.{name} needs numbers, but got {string.Join(" and ", arguments.Select(a => TypeRules.Describe(a.Type)))}.", call);
        }

        if (function == MathFunction.Round)
        {
            arguments[0] = TypeRules.IsIntegral(arguments[0].Type) ? ConvertTo(arguments[0], typeof(double)) : arguments[0];
            var maxDigits = arguments[0].Type == typeof(decimal) ? 28 : 15;
            if (arguments.Count == 2 && !(ConstantValue(arguments[1]) is int digits && digits >= 0 && digits <= maxDigits))
            {
                throw Error(ExpressionDiagnosticCodes.BadArguments, $"The digits of Math.Round must be a whole number from 0 to {maxDigits}, such as Math.Round(x, 1).", call);
            }
        }

        return new BoundMathCall(function, arguments, TextOf(call));
    }
}
