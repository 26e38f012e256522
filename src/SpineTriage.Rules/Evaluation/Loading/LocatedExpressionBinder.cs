using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;
using SpineTriage.Rules.Expressions.Binding;
using SpineTriage.Rules.Workflows;

namespace SpineTriage.Rules.Evaluation.Loading;

/// <summary>Binds expressions read from a file and turns their diagnostics into file diagnostics (line, column and offset inside the expression).</summary>
internal sealed class LocatedExpressionBinder(ExpressionLimits limits, DiagnosticList diagnostics)
{
    /// <summary>The node texts of every expression of the load, shared (see <see cref="NodeTexts"/>).</summary>
    private readonly NodeTexts _texts = new();

    public BoundExpression? Bind(LocatedString text, ExpressionEnvironment environment, string? workflowName, string? ruleName)
    {
        BoundExpression? bound;
        ExpressionDiagnostic? found;
        try
        {
            bound = ExpressionFrontEnd.Bind(text.Text, environment, limits, out found, _texts);
        }
        catch (Exception exception) when (exception is not NotImplementedException)
        {
            diagnostics.Add(text.Location.Error(DiagnosticCodes.ExpressionFrontEndFailure, $"The expression could not be processed ({exception.GetType().Name}: {exception.Message}); please report this with the expression.", workflowName, ruleName));
            return null;
        }

        if (found is { } problem)
        {
            diagnostics.Add(text.ErrorAt(problem.Offset, problem.Code, problem.Message, workflowName, ruleName));
            return null;
        }

        return bound;
    }
}
