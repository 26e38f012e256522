using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules;

/// <summary>
/// Renders a rule expression in plain language for people who review rules, from its syntax tree and without any
/// domain knowledge: names are split into words (<c>order.UnitPrice</c> becomes <c>order unit price</c>),
/// operators become phrases, <c>and</c>/<c>or</c>/<c>not</c> become nested "all of"/"any of"/"none of" lists, and
/// parameters are shown with their values when given (<c>minimum unit price (3)</c>).
/// </summary>
public static partial class PlainLanguageRenderer
{
    /// <summary>Renders an expression.</summary>
    /// <param name="expression">The expression text, such as <c>order.Amount &gt; 100</c>.</param>
    /// <param name="parameterValues">The value to show after a parameter's name (a threshold), by name; others are shown by name only.</param>
    /// <returns>The condition; an expression that does not parse is returned as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expression"/> is null.</exception>
    public static PlainLanguageCondition Render(string expression, IReadOnlyDictionary<string, string>? parameterValues = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var tree = ExpressionParser.Parse(expression, ExpressionLimits.Default, out _);
        if (tree is null)
        {
            return new PlainLanguageCondition(expression, []);
        }

        return new Renderer(parameterValues ?? new Dictionary<string, string>()).Condition(tree);
    }

    /// <summary>Renders a residual condition (<see cref="RuleResult.Residual"/>): an element of a collection reads with its number, from 1 (<c>order lines #1 discount</c>).</summary>
    /// <param name="residual">The residual.</param>
    /// <returns>The condition; a constant residual is one sentence (<c>true</c>, <c>false</c>, <c>unknown</c>, with the reason when unavailable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="residual"/> is null.</exception>
    public static PlainLanguageCondition Render(ResidualCondition residual)
    {
        ArgumentNullException.ThrowIfNull(residual);
        if (residual.Expression is { } expression)
        {
            return new Renderer(new Dictionary<string, string>()).Condition(BoundSyntax.Of(expression));
        }

        return new PlainLanguageCondition(residual.UnavailableReason is { } reason ? $"unknown: {reason}" : residual.ToString(), []);
    }

    /// <summary>A name split into lower-case words: <c>UnitPrice</c> to <c>unit price</c>, <c>iso3166CountryCode</c> to <c>iso3166 country code</c>.</summary>
    /// <param name="name">An identifier.</param>
    /// <returns>The words, separated by single spaces.</returns>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var boundary = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (c == '_')
            {
                words.Append(' ');
                continue;
            }

            if (boundary)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
