namespace SpineTriage.Rules;

/// <summary>How the children of a nested rule (one with an <c>Operator</c>) are evaluated, as in RulesEngine.</summary>
public enum NestedRuleExecutionMode
{
    /// <summary>Every enabled child is evaluated and reported.</summary>
    All,

    /// <summary>Children are evaluated in order until one decides the parent (a false child under And, a true child under Or); only evaluated children are reported.</summary>
    Performance,
}
