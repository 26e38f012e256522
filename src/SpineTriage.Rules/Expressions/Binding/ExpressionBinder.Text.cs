using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>String concatenation, bounded: text built from constants is measured at load, anything else at run time.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindConcatenation(BoundExpression left, BoundExpression right, SyntaxNode at, string text)
    {
        var length = ConstantTextLength(left) + ConstantTextLength(right);
        if (length > _limits.MaxTextLength)
        {
            throw Error(ExpressionDiagnosticCodes.TextTooLong,
                $"'{Abbreviated(text)}' builds a text of {length:N0} characters; the limit is {_limits.MaxTextLength:N0} (RuleLimits.MaxStringLength). Shorten the strings or stop repeating params.", at);
        }

        return new BoundConcatenation(left, right, text, _limits.MaxTextLength, length);
    }

    /// <summary>The length of a text made of constants only (params included), in constant time per node; null when it depends on inputs.</summary>
    private static long? ConstantTextLength(BoundExpression node) => node switch
    {
        BoundConstant { Value: string constant } => constant.Length,
        BoundParameter parameter => ConstantTextLength(parameter.Value),
        BoundBinary binary => binary.ConstantTextLength,
        _ => null,
    };

    private static string Abbreviated(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
