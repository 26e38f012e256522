using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules;

/// <summary>A workflow's global parameter (<c>GlobalParams</c> entry) as compiled, such as a discount threshold.</summary>
public sealed class GlobalParameter
{
    internal GlobalParameter(string name, string expression, Type type, bool isOverridden)
    {
        Name = name;
        Expression = expression;
        Type = type;
        IsOverridden = isOverridden;
    }

    /// <summary>Gets the parameter's name, as rule expressions refer to it.</summary>
    public string Name { get; }

    /// <summary>Gets the expression written in the workflow file (even when a host override replaces it).</summary>
    public string Expression { get; }

    /// <summary>Gets the type of the parameter's value.</summary>
    public Type Type { get; }

    /// <summary>Gets a value indicating whether <see cref="RuleSetOptions.GlobalParameterOverrides"/> replaced the expression by a host value.</summary>
    public bool IsOverridden { get; }

    /// <summary>Gets a value indicating whether the parameter reads no input (a threshold such as <c>3</c> or <c>-2.5</c>), so <see cref="Value"/> is its value.</summary>
    public bool IsConstant { get; private init; }

    /// <summary>Gets the value in force (after any override) when <see cref="IsConstant"/>; otherwise <see langword="null"/>.</summary>
    public object? Value { get; private init; }

    /// <summary>Gets the bound expression in force (the override's constant when overridden).</summary>
    internal BoundExpression? Bound { get; private init; }

    /// <summary>Gets where the parameter is declared.</summary>
    internal Workflows.SourceLocation? Location { get; private init; }

    internal GlobalParameter WithBound(BoundExpression bound, Workflows.SourceLocation location)
    {
        var isConstant = ConstantFolding.TryFold(bound, out var value);
        return new GlobalParameter(Name, Expression, Type, IsOverridden) { Bound = bound, IsConstant = isConstant, Value = isConstant ? value : null, Location = location };
    }
}
