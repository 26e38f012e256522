namespace SpineTriage.Rules;

/// <summary>A named input that rule expressions read, such as <c>patient</c>, and its CLR type.</summary>
/// <param name="Name">The name expressions use (matched case-insensitively, as RulesEngine does).</param>
/// <param name="Type">The CLR type of the value passed at evaluation; its public properties are what expressions can read.</param>
public sealed record RuleInput(string Name, Type Type);
