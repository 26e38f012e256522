namespace SpineTriage.Rules;

/// <summary>A workflow's global parameter (<c>GlobalParams</c> entry) as compiled, such as a clinical threshold.</summary>
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
}
