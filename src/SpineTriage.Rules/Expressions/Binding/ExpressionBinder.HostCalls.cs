using System.Reflection;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Calls of public static methods of host-registered types (<see cref="RuleSetOptions.CustomTypes"/>), as <c>Utils.CheckExists(x)</c>.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundHostCall BindHostCall(CallSyntax call, Type type)
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => !m.IsSpecialName && !m.IsGenericMethodDefinition && m.Name.Equals(call.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => m.Name == call.Name ? 0 : 1)
            .ToList();
        if (candidates.Count == 0)
        {
            var names = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => !m.IsSpecialName).Select(m => m.Name).Distinct().ToList();
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'{type.Name}' (a host-registered type) has no public static method '{call.Name}'.{DidYouMean.Phrase(call.Name, names, "Its methods are")}", call);
        }

        var arguments = call.Arguments.Select(BindNode).ToList();
        foreach (var method in candidates)
        {
            if (IsHostScalar(method.ReturnType) && HostArguments(method, arguments) is { } converted)
            {
                return new BoundHostCall(method, converted, TextOf(call));
            }
        }

        throw Error(ExpressionDiagnosticCodes.BadArguments,
            $"No '{type.Name}.{call.Name}' takes ({string.Join(", ", arguments.Select(a => TypeRules.Describe(a.Type)))}) and returns a text, number, bool or enum; "
            + $"rules can call: {string.Join("; ", candidates.Select(Signature))}.", call);
    }

    /// <summary>The arguments converted to the parameters' types (numbers widened), or null when they do not fit.</summary>
    private List<BoundExpression>? HostArguments(MethodInfo method, List<BoundExpression> arguments)
    {
        var parameters = method.GetParameters();
        if (parameters.Length != arguments.Count || parameters.Any(p => p.ParameterType.IsByRef || !IsHostScalar(p.ParameterType)))
        {
            return null;
        }

        var converted = new List<BoundExpression>(arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            var target = TypeRules.Underlying(parameters[i].ParameterType);
            var argument = arguments[i];
            if (IsNull(argument))
            {
                converted.Add(new BoundConstant(target, null, argument.Text));
            }
            else if (argument.Type == target)
            {
                converted.Add(argument);
            }
            else if (Widens(argument.Type, target))
            {
                converted.Add(ConvertTo(argument, target));
            }
            else
            {
                return null;
            }
        }

        return converted;
    }

    private static bool Widens(Type from, Type to) =>
        (from == typeof(int) && (to == typeof(long) || to == typeof(double) || to == typeof(decimal))) || (from == typeof(long) && (to == typeof(double) || to == typeof(decimal)));

    private static bool IsHostScalar(Type type) => HostFunctionCatalog.IsScalar(type);

    private static string Signature(MethodInfo method) => HostFunctionCatalog.Signature(method);
}
