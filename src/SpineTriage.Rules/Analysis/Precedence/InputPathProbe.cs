using System.Collections;
using System.Reflection;

namespace SpineTriage.Rules.Analysis.Precedence;

/// <summary>
/// Looks up an input path pattern in the inputs of an evaluation (<c>order.Lines[].Quantity</c>: every line's value) to tell
/// whether it is missing anywhere: a null value, or a null object on the way. Built once per pattern, at load.
/// </summary>
internal sealed class InputPathProbe
{
    private readonly int _input;
    private readonly (PropertyInfo Property, bool EachElement)[] _steps;

    private InputPathProbe(string pattern, int input, (PropertyInfo, bool)[] steps)
    {
        Pattern = pattern;
        _input = input;
        _steps = steps;
    }

    public string Pattern { get; }

    /// <summary>The probe for a pattern over the rule inputs; one that always answers "missing" when the pattern does not name a member chain of them.</summary>
    public static InputPathProbe Create(string pattern, IReadOnlyList<RuleInput> inputs) => TryCreate(pattern, inputs) ?? new InputPathProbe(pattern, -1, []);

    private static InputPathProbe? TryCreate(string pattern, IReadOnlyList<RuleInput> inputs)
    {
        var segments = pattern.Split('.');
        var input = -1;
        for (var i = 0; i < inputs.Count; i++)
        {
            input = inputs[i].Name == segments[0] ? i : input;
        }

        if (input < 0)
        {
            return null;
        }

        var type = inputs[input].Type;
        var steps = new (PropertyInfo, bool)[segments.Length - 1];
        for (var s = 1; s < segments.Length; s++)
        {
            var each = segments[s].EndsWith("[]", StringComparison.Ordinal);
            var property = type.GetProperty(each ? segments[s][..^2] : segments[s]);
            if (property is null)
            {
                return null;
            }

            steps[s - 1] = (property, each);
            type = each ? property.PropertyType.GetInterfaces().Append(property.PropertyType)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? typeof(object) : property.PropertyType;
        }

        return new InputPathProbe(pattern, input, steps);
    }

    /// <summary>Whether the value is missing in the inputs for some element (or an object on the way is).</summary>
    public bool IsMissing(object?[] args) => _input < 0 || IsMissing(args[_input], 0);

    private bool IsMissing(object? value, int step)
    {
        if (value is null)
        {
            return true;
        }

        if (step == _steps.Length)
        {
            return false;
        }

        var (property, each) = _steps[step];
        var next = property.GetValue(value);
        if (!each)
        {
            return IsMissing(next, step + 1);
        }

        if (next is null)
        {
            return true;
        }

        foreach (var element in (IEnumerable)next)
        {
            if (IsMissing(element, step + 1))
            {
                return true;
            }
        }

        return false;
    }
}
