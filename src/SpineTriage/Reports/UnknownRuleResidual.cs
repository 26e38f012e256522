using SpineTriage.Rules;

namespace SpineTriage.Reports;

/// <summary>
/// A top-level rule that is Unknown for a case, with what its condition still asks once the known inputs are put in
/// (<see cref="TriageEngine.ExplainUnknownRules"/>): the part that the missing data decides.
/// </summary>
public sealed class UnknownRuleResidual
{
    internal UnknownRuleResidual(string assessment, string ruleName, ResidualCondition residual)
    {
        Assessment = assessment;
        RuleName = ruleName;
        Residual = residual;
    }

    /// <summary>Gets the assessment key, as <see cref="AssessmentResult.Assessment"/>.</summary>
    public string Assessment { get; }

    /// <summary>Gets the rule's name, as <see cref="UnknownRule.RuleName"/>.</summary>
    public string RuleName { get; }

    /// <summary>Gets the rule's condition with the known inputs put in; <see cref="ResidualCondition.ToPlainLanguage"/> words it.</summary>
    public ResidualCondition Residual { get; }

    /// <summary>Returns <c>assessment / rule: residual</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Assessment} / {RuleName}: {Residual}";
}
