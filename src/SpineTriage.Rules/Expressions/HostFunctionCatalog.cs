using System.Reflection;
using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Expressions;

/// <summary>
/// The methods of a host-registered type (<see cref="RuleSetOptions.CustomTypes"/>) that rules can call: public, static,
/// not generic, taking and returning texts, numbers, bools and enums (nullable or not), no <c>ref</c> or <c>out</c>.
/// </summary>
internal static class HostFunctionCatalog
{
    /// <summary>The callable methods of <paramref name="type"/>, by name then signature (a stable order for the rule-set hash).</summary>
    public static IReadOnlyList<MethodInfo> CallableMethods(Type type) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(IsCallable)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(Signature, StringComparer.Ordinal)];

    /// <summary>Every callable method of the registered types, as <c>Type.Method(…) returning …</c>, by type name, then as <see cref="CallableMethods"/> orders them.</summary>
    public static IReadOnlyList<string> Listing(IEnumerable<Type> types) =>
        [.. types.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(t => CallableMethods(t).Select(m => $"{t.Name}.{Signature(m)}"))];

    /// <summary>Whether rules can call <paramref name="method"/>.</summary>
    public static bool IsCallable(MethodInfo method) =>
        !method.IsSpecialName && !method.IsGenericMethodDefinition && IsScalar(method.ReturnType)
        && method.GetParameters().All(p => !p.ParameterType.IsByRef && IsScalar(p.ParameterType));

    /// <summary>A text, number, bool or enum, nullable or not.</summary>
    public static bool IsScalar(Type type)
    {
        var underlying = TypeRules.Underlying(type);
        return underlying == typeof(string) || underlying == typeof(bool) || underlying.IsEnum || TypeRules.IsNumeric(underlying);
    }

    /// <summary>How a method reads in messages and in the rule-set hash: <c>CheckExists(text) returning bool</c>.</summary>
    public static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeRules.Describe(p.ParameterType)))}) returning {TypeRules.Describe(method.ReturnType)}";
}
