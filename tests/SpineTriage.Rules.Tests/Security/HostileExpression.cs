namespace SpineTriage.Rules.Tests.Security;

/// <summary>What a hostile expression must come to: refused at load (with a diagnostic code), or evaluated to a defined result.</summary>
public enum HostileVerdict
{
    Refused,
    Evaluates,
}

/// <summary>One entry of the hostile corpus: a rule expression over input <c>patient</c>, with optional workflow GlobalParams it uses.</summary>
public sealed record HostileExpression(string Name, string Expression, HostileVerdict Verdict, string? Code = null, RuleOutcome? Outcome = null)
{
    public IReadOnlyList<(string Name, string Expression)> GlobalParams { get; init; } = [];

    public override string ToString() => Name;
}
