using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>
/// The names visible to an expression and what each is (input, global parameter, local parameter), so a parameter
/// that repeats or shadows a visible name is reported instead of silently hiding it.
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<string, string> _kinds;

    private NameScope(Dictionary<string, string> kinds) => _kinds = kinds;

    public static NameScope ForInputs(IEnumerable<RuleInput> inputs)
    {
        var kinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs)
        {
            kinds[input.Name] = "an input";
        }

        return new NameScope(kinds);
    }

    /// <summary>A child scope: names declared in it are not visible to this one.</summary>
    public NameScope Nested() => new(new Dictionary<string, string>(_kinds, StringComparer.OrdinalIgnoreCase));

    /// <summary>Declares a parameter; false (with a diagnostic) when its name is not an identifier or is already visible.</summary>
    public bool TryDeclare(ScopedParamDefinition parameter, string kind, DiagnosticList diagnostics, string workflowName, string? ruleName)
    {
        var name = parameter.Name;
        if (!IsIdentifier(name))
        {
            diagnostics.Add(parameter.Location.Error(DiagnosticCodes.InvalidParameterName, $"Parameter name '{name}' is not an identifier; use letters, digits and underscores, starting with a letter or underscore.", workflowName, ruleName));
            return false;
        }

        if (_kinds.TryGetValue(name, out var existing))
        {
            diagnostics.Add(parameter.Location.Error(DiagnosticCodes.DuplicateParameterName, $"The {kind} '{name}' has the name of {existing} already visible here (names are case-insensitive); rename it.", workflowName, ruleName));
            return false;
        }

        _kinds[name] = $"the {kind} '{name}'";
        return true;
    }

    // ^[A-Za-z_][A-Za-z0-9_]*$ by hand: a generated Regex costs milliseconds of start-up on the first load.
    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
