using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Calls: iif, string.IsNullOrEmpty, Math, and the whitelisted string methods; collection methods are in Collections.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly string[] StringMethods = ["Contains", "StartsWith", "EndsWith", "ToLower", "ToUpper", "Trim", "Equals"];
    private static readonly string[] Comparisons = ["Ordinal", "OrdinalIgnoreCase"];
    private static readonly string[] MathFunctions = ["Abs", "Min", "Max", "Round"];

    private BoundExpression BindCall(CallSyntax call)
    {
        if (call.Receiver is null)
        {
            return BindFunction(call);
        }

        if (call.Receiver is IdentifierSyntax { Name: var typeName } && _environment.Resolve(typeName, typeName) is null && LambdaVariableNamed(typeName) is null)
        {
            if (_environment.CustomType(typeName) is { } customType)
            {
                return BindHostCall(call, customType);
            }

            if (typeName == "Convert")
            {
                return BindConvertCall(call);
            }

            if (char.IsUpper(typeName[0]) && ImplicitElement() is null && !IsStaticClassName(typeName) && NumberTypeName(typeName) is null && !ForbiddenNames.Contains(typeName)
                && typeName is not ("DateTime" or "DateTimeOffset" or "DateOnly" or "TimeSpan" or "Guid" or "String" or "Enum" or "StringComparison"))
            {
                throw Error(ExpressionDiagnosticCodes.UnknownName,
                    $"Unknown name '{typeName}'.{DidYouMean.Phrase(typeName, _environment.Names, "Known inputs and params")} If '{typeName}' is a type of the host's, "
                    + $"a rule can call its static methods ({typeName}.{call.Name}(…)) once the host registers it in RuleSetOptions.CustomTypes.", call.Receiver);
            }
        }

        if (call.Name.Equals("Equals", StringComparison.OrdinalIgnoreCase) && !(call.Receiver is IdentifierSyntax name && IsStaticClassName(name.Name)))
        {
            // a.Equals(b) only on strings: on anything else it is object.Equals, which expressions do not call.
            var receiver = BindNode(call.Receiver);
            return receiver.Type == typeof(string) ? BindStringMethod(call, receiver) : throw Forbidden(call.Name, call);
        }

        if (call.Name.Equals("ToString", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 0 && !(call.Receiver is IdentifierSyntax type && IsStaticClassName(type.Name)))
        {
            return BindToText(call);
        }

        if ((ObjectMethods.Contains(call.Name) && !call.Name.Equals("Equals", StringComparison.OrdinalIgnoreCase)) || ForbiddenNames.Contains(call.Name))
        {
            throw Forbidden(call.Name, call);
        }

        if (BindJsonAccessor(call) is { } json)
        {
            return json;
        }

        if (ListViewOperationNamed(call.Name) is { } view)
        {
            return BindListView(call, view);
        }

        if (call.Receiver is CallSyntax { Receiver: not null } select && select.Name.Equals("Select", StringComparison.OrdinalIgnoreCase))
        {
            return BindAfterSelect(call, select);
        }

        if (call.Receiver is CallSyntax { Receiver: not null } where && where.Name.Equals("Where", StringComparison.OrdinalIgnoreCase))
        {
            return BindAfterWhere(call, where);
        }

        if (call.Receiver is IdentifierSyntax number && NumberTypeName(number.Name) is { } numberType && _environment.Resolve(number.Name, number.Name) is null
            && LambdaVariableNamed(number.Name) is null)
        {
            return BindParse(call, number.Name, numberType);
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

        if (DateFunctions.IsDateOrSpan(target.Type))
        {
            return BindDateMethod(call, target);
        }

        throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
            $"Method '{call.Name}' cannot be called on '{target.Text}' ({TypeRules.Describe(target.Type)}); only string, date and collection methods are allowed.", call);
    }

    private BoundExpression BindFunction(CallSyntax call)
    {
        if (call.Name.Equals("iif", StringComparison.OrdinalIgnoreCase))
        {
            RequireArguments(call, 3, "iif(condition, valueIfTrue, valueIfFalse)");
            return BindConditional(call.Arguments[0], call.Arguments[1], call.Arguments[2], call);
        }

        if (call.Name.Equals("np", StringComparison.OrdinalIgnoreCase))
        {
            return BindNullPropagation(call);
        }

        if (call.Name.Equals("String", StringComparison.Ordinal))
        {
            // System.Linq.Dynamic.Core's String(text): a text as a text; of anything else, ToString() says what is meant.
            RequireArguments(call, 1, "String(text)");
            var text = BindNode(call.Arguments[0]);
            return text.Type == typeof(string)
                ? text
                : throw Error(ExpressionDiagnosticCodes.BadArguments, $"String(…) takes a text, but '{text.Text}' is {TypeRules.Describe(text.Type)}; write {text.Text}.ToString().", call);
        }

        if (ForbiddenNames.Contains(call.Name))
        {
            throw Forbidden(call.Name, call);
        }

        throw Error(ExpressionDiagnosticCodes.UnknownName, $"Unknown function '{call.Name}'.{DidYouMean.Phrase(call.Name, ["iif", "np", "String"], "The functions available are")}", call);
    }

    /// <summary>
    /// System.Linq.Dynamic.Core's <c>np(path)</c> and <c>np(path, fallback)</c>: a path through a missing object is
    /// already missing here (never an exception), so <c>np(path)</c> is the path and <c>np(path, fallback)</c> is
    /// <c>path ?? fallback</c>.
    /// </summary>
    private BoundExpression BindNullPropagation(CallSyntax call)
    {
        if (call.Arguments.Count is not (1 or 2))
        {
            throw Error(ExpressionDiagnosticCodes.BadArguments, "'np' takes a path and an optional fallback: np(a.b.c) or np(a.b.c, fallback).", call);
        }

        var path = BindNode(call.Arguments[0]);
        if (call.Arguments.Count == 1)
        {
            return path;
        }

        var fallback = BindNode(call.Arguments[1]);
        return fallback is BoundConstant { IsNullLiteral: true } ? path : Unify(path, fallback, call, (l, r) => new BoundBinary(BinaryOperator.Coalesce, l, r, l.Type, TextOf(call)));
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
        if (call.Name.Equals("Equals", StringComparison.OrdinalIgnoreCase))
        {
            if (call.Arguments.Count is not (2 or 3))
            {
                throw Error(ExpressionDiagnosticCodes.BadArguments, "'string.Equals' takes 2 or 3 arguments: string.Equals(a, b) or string.Equals(a, b, StringComparison.OrdinalIgnoreCase).", call);
            }

            var first = BindArgument(call.Arguments[0], typeof(string), "string.Equals");
            return BindTextEquality(call, first, call.Arguments.Skip(1).ToList());
        }

        if (!call.Name.Equals("IsNullOrEmpty", StringComparison.OrdinalIgnoreCase))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'string.{call.Name}' is not allowed.{DidYouMean.Phrase(call.Name, ["IsNullOrEmpty", "Equals"], "The string functions available are")}", call);
        }

        RequireArguments(call, 1, "string.IsNullOrEmpty(text)");
        return new BoundNullTest(NullTestKind.IsNullOrEmpty, BindArgument(call.Arguments[0], typeof(string), "string.IsNullOrEmpty"), TextOf(call));
    }

    private BoundExpression BindStringMethod(CallSyntax call, BoundExpression target)
    {
        if (TextFunctionNamed(call.Name) is { } function)
        {
            return BindTextFunction(call, function, target);
        }

        var name = StringMethods.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? (call.Name.Equals("ToLowerInvariant", StringComparison.OrdinalIgnoreCase) ? "ToLower"
                : call.Name.Equals("ToUpperInvariant", StringComparison.OrdinalIgnoreCase) ? "ToUpper" : null)
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"Method '{call.Name}' is not allowed on strings.{DidYouMean.Phrase(call.Name, [.. StringMethods, .. TextFunctionNames, "Length"], "Allowed")}", call);
        if (name == "Equals")
        {
            if (call.Arguments.Count is not (1 or 2))
            {
                throw Error(ExpressionDiagnosticCodes.BadArguments, "'Equals' takes 1 or 2 arguments: text.Equals(\"...\") or text.Equals(\"...\", StringComparison.OrdinalIgnoreCase).", call);
            }

            return BindTextEquality(call, target, call.Arguments);
        }

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

    private static Type? NumberTypeName(string name) =>
        name.Equals("int", StringComparison.Ordinal) || name.Equals("Int32", StringComparison.Ordinal) ? typeof(int)
        : name.Equals("double", StringComparison.Ordinal) || name.Equals("Double", StringComparison.Ordinal) ? typeof(double)
        : null;

    /// <summary>
    /// <c>int.Parse(text)</c> and <c>double.Parse(text)</c>, invariant culture: missing (Unknown, with the text's path)
    /// when the text is missing or is not a number, never an exception. TryParse needs an out variable (refused by the
    /// parser); anything else on int or double is not a function expressions have.
    /// </summary>
    private BoundExpression BindParse(CallSyntax call, string typeName, Type type)
    {
        if (!call.Name.Equals("Parse", StringComparison.Ordinal))
        {
            var hint = call.Name.Equals("TryParse", StringComparison.OrdinalIgnoreCase)
                ? $" Did you mean {typeName}.Parse(text)? It is Unknown when the text is not a number, as TryParse's false would be."
                : DidYouMean.Phrase(call.Name, ["Parse"], "The function available is");
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed, $"'{typeName}.{call.Name}' is not allowed.{hint}", call);
        }

        RequireArguments(call, 1, $"{typeName}.Parse(text)");
        var text = BindArgument(call.Arguments[0], typeof(string), $"{typeName}.Parse");
        return new BoundStringCall(type == typeof(int) ? StringMethod.ParseInt : StringMethod.ParseDouble, text, null, TextOf(call));
    }

    private BoundExpression BindMath(CallSyntax call)
    {
        var name = MathFunctions.FirstOrDefault(m => m.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'Math.{call.Name}' is not allowed.{DidYouMean.Phrase(call.Name, MathFunctions, "Allowed")}", call);
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

    /// <summary>
    /// <c>a.Equals(b)</c> and <c>string.Equals(a, b)</c>, with an optional <c>StringComparison.Ordinal</c> or
    /// <c>OrdinalIgnoreCase</c> (read at bind time); the culture-dependent comparisons are refused, so that a verdict
    /// never depends on the machine's culture. Missing when either text is missing, as the other string methods.
    /// </summary>
    private BoundExpression BindTextEquality(CallSyntax call, BoundExpression target, IReadOnlyList<SyntaxNode> rest)
    {
        var other = BindArgument(rest[0], typeof(string), "Equals");
        var method = StringMethod.Equals;
        if (rest.Count == 2)
        {
            var comparison = rest[1] is MemberAccessSyntax { Target: IdentifierSyntax { Name: var type }, Member: var member }
                && type.Equals("StringComparison", StringComparison.OrdinalIgnoreCase)
                ? Comparisons.FirstOrDefault(c => c.Equals(member, StringComparison.OrdinalIgnoreCase))
                : null;
            if (comparison is null)
            {
                throw Error(ExpressionDiagnosticCodes.BadArguments,
                    $"'{TextOf(rest[1])}' is not a comparison expressions can use; write StringComparison.Ordinal or StringComparison.OrdinalIgnoreCase (the culture-dependent ones would make a verdict depend on the machine's culture).", rest[1]);
            }

            method = comparison == "Ordinal" ? StringMethod.Equals : StringMethod.EqualsIgnoreCase;
        }

        return new BoundStringCall(method, target, other, TextOf(call));
    }
}
