using System.Runtime.CompilerServices;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Type-checks a syntax tree against an environment and produces the bound tree; the first problem becomes a diagnostic.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "System", "Microsoft", "typeof", "nameof", "sizeof", "default", "new", "GetType", "Type", "Activator", "AppDomain",
        "Assembly", "Process", "Environment", "File", "Directory", "Path", "Marshal", "GC", "Thread", "Task", "Console",
        "Reflection", "Delegate", "Expression", "Unsafe", "RuntimeHelpers", "Object", "dynamic",
    };

    private readonly string _text;
    private readonly ExpressionEnvironment _environment;
    private List<LambdaScopeEntry>? _lambdaScope;
    private readonly ExpressionLimits _limits;
    private readonly NodeTexts? _texts;

    private ExpressionBinder(string text, ExpressionEnvironment environment, ExpressionLimits limits, NodeTexts? texts)
    {
        _text = text;
        _environment = environment;
        _limits = limits;
        _texts = texts;
    }

    /// <summary>Binds a syntax tree of <paramref name="text"/>; null with the diagnostic when it does not bind.</summary>
    /// <param name="tree">The syntax tree.</param>
    /// <param name="text">The expression it was parsed from.</param>
    /// <param name="environment">The names it can read.</param>
    /// <param name="diagnostic">The first problem, or null.</param>
    /// <param name="limits">The limits; the defaults when null.</param>
    /// <param name="texts">The load's shared node texts, or null for a substring per node.</param>
    public static BoundExpression? Bind(SyntaxNode tree, string text, ExpressionEnvironment environment, out ExpressionDiagnostic? diagnostic, ExpressionLimits? limits = null, NodeTexts? texts = null)
    {
        diagnostic = null;
        try
        {
            return new ExpressionBinder(text, environment, limits ?? ExpressionLimits.Default, texts).BindNode(tree);
        }
        catch (ExpressionDiagnosticException error)
        {
            diagnostic = error.Diagnostic;
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostic = ExpressionParser.TooComplex();
        }

        return null;
    }

    private BoundExpression BindNode(SyntaxNode node)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            LiteralSyntax literal => BindLiteral(literal),
            IdentifierSyntax identifier => BindIdentifier(identifier),
            MemberAccessSyntax member => BindMemberAccess(member),
            CallSyntax call => BindCall(call),
            IndexSyntax index => BindIndex(index),
            UnarySyntax unary => BindUnary(unary),
            BinarySyntax binary => BindBinary(binary),
            ConditionalSyntax conditional => BindConditional(conditional.Condition, conditional.WhenTrue, conditional.WhenFalse, conditional),
            InSyntax inList => BindIn(inList),
            LambdaSyntax lambda => throw Error(ExpressionDiagnosticCodes.LambdaMisuse,
                $"A lambda such as '{lambda.Parameter} => ...' is only allowed as the argument of a collection method ({string.Join(", ", LambdaMethods)}).", lambda),
            _ => throw new InvalidOperationException($"Unexpected syntax node {node.GetType().Name}."),
        };
    }

    private string TextOf(SyntaxNode node) => _texts is null ? _text.Substring(node.Span.Start, node.Span.Length) : _texts.Of(_text, node.Span.Start, node.Span.Length);

    private static ExpressionDiagnosticException Error(string code, string message, SyntaxNode at) =>
        ExpressionDiagnosticException.At(code, message, at.Span.Start, Math.Max(1, at.Span.Length));

    private BoundExpression BindLiteral(LiteralSyntax literal) => literal.Kind switch
    {
        LiteralKind.Null => _environment.Constant(typeof(object), null, TextOf(literal)),
        _ => _environment.Constant(literal.Value!.GetType(), literal.Value, TextOf(literal)),
    };

    private BoundExpression BindIdentifier(IdentifierSyntax identifier)
    {
        var name = identifier.Name;
        var text = TextOf(identifier);
        if (LambdaEntryNamed(name) is { } entry)
        {
            return entry.Alias ?? Widen(new BoundLambdaVariable(entry.Variable, text));
        }

        switch (_environment.Resolve(name, text))
        {
            case BoundInput input when !TypeRules.IsReadable(input.ClrType):
                throw Error(ExpressionDiagnosticCodes.UnreadableType,
                    $"Input '{input.Name}' has type {TypeRules.Describe(input.ClrType)}, which expressions cannot read.", identifier);
            case BoundInput input:
                return Widen(input);
            case { } parameter:
                return parameter;
        }

        if (ForbiddenNames.Contains(name))
        {
            throw Forbidden(name, identifier);
        }

        if (ImplicitElement() is { } it && TypeFacts.Of(it.ClrType).IgnoringCase(name).Length > 0)
        {
            // The implicit 'it' (an argument without a lambda, as in FirstOrDefault(Country == "india")): a name that is
            // no input, param or lambda variable reads a member of the element, as RulesEngine's Dynamic LINQ reads it.
            return BindMemberOf(Widen(new BoundLambdaVariable(it, "it")), name, identifier, text);
        }

        var known = (_lambdaScope ?? []).Select(v => v.Name).Reverse().Concat(_environment.Names);
        if (ImplicitElement() is { } element)
        {
            known = known.Concat(TypeFacts.Of(element.ClrType).Properties.Select(p => p.Name));
        }

        throw Error(ExpressionDiagnosticCodes.UnknownName, $"Unknown name '{name}'.{DidYouMean.Phrase(name, known, "Known inputs and params")}", identifier);
    }

    /// <summary>The element of the innermost collection method argument written without a lambda (the implicit 'it'), when it is an object; else null.</summary>
    private LambdaVariable? ImplicitElement()
    {
        if (_lambdaScope is not { Count: > 0 } scope)
        {
            return null;
        }

        var innermost = scope[^1];
        return innermost.IsImplicit && innermost.Alias is null && TypeRules.IsReadableObject(innermost.Variable.ClrType) ? innermost.Variable : null;
    }

    /// <summary>The innermost lambda variable of the name (the list is made by the first lambda: most expressions have none), exact case first, then ignoring case; a loop, not a closure per identifier (CompileScalingBenchmarks).</summary>
    private LambdaVariable? LambdaVariableNamed(string name) => LambdaEntryNamed(name)?.Variable;

    /// <summary>The innermost lambda scope entry of the name, exact case first, then ignoring case; null when none.</summary>
    private LambdaScopeEntry? LambdaEntryNamed(string name)
    {
        if (_lambdaScope is null)
        {
            return null;
        }

        for (var i = _lambdaScope.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_lambdaScope[i].Name, name, StringComparison.Ordinal))
            {
                return _lambdaScope[i];
            }
        }

        for (var i = _lambdaScope.Count - 1; i >= 0; i--)
        {
            if (string.Equals(_lambdaScope[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return _lambdaScope[i];
            }
        }

        return null;
    }

    private static ExpressionDiagnosticException Forbidden(string name, SyntaxNode at) => Error(ExpressionDiagnosticCodes.Forbidden,
        $"'{name}' is not allowed: expressions cannot use reflection, types, I/O, processes or the runtime. Read input members and use the whitelisted methods instead.",
        at);

    /// <summary>Reads small integers as int, uint as long, float as double, as C# promotion does.</summary>
    private static BoundExpression Widen(BoundExpression expression)
    {
        var widened = TypeRules.Widened(expression.Type);
        return widened == expression.Type ? expression : new BoundConvert(expression, widened);
    }

    private BoundExpression BindCondition(SyntaxNode node, string role)
    {
        var bound = BindNode(node);
        return bound.Type == typeof(bool)
            ? bound
            : throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"The {role} '{TextOf(node)}' is {TypeRules.Describe(bound.Type)}, but a condition (true or false) is needed here.", node);
    }

    /// <summary>
    /// A name for an element in scope: a lambda's parameter, or 'it' for an argument without a lambda (<see cref="IsImplicit"/>);
    /// several names may share one variable (Where before a method). After Select the name stands for the projected
    /// value, <see cref="Alias"/>, over the element's variable.
    /// </summary>
    private sealed record LambdaScopeEntry(string Name, LambdaVariable Variable, bool IsImplicit, BoundExpression? Alias = null);
}
