namespace SpineTriage.Rules.Diagnostics;

/// <summary>
/// The stable codes of load diagnostics raised by the workflow layer. SPR0xx: the file as JSON;
/// SPR1xx: the workflow format; SPR2xx: names and injection; SPR3xx: expressions (raised by the expression
/// front end and passed through); SPR4xx: typing and parameters; SPR5xx: actions.
/// </summary>
internal static class DiagnosticCodes
{
    public const string FileTooLarge = "SPR001";
    public const string MalformedJson = "SPR002";
    public const string JsonTooDeep = "SPR003";
    public const string UnreadableSource = "SPR004";

    public const string UnknownField = "SPR101";
    public const string WrongJsonType = "SPR102";
    public const string DuplicateField = "SPR103";
    public const string MissingField = "SPR104";
    public const string EmptyName = "SPR105";
    public const string InvalidOperator = "SPR106";
    public const string OperatorWithoutRules = "SPR107";
    public const string RulesWithoutOperator = "SPR108";
    public const string InvalidRuleExpressionType = "SPR109";
    public const string WorkflowWithoutRules = "SPR110";
    public const string ExpressionIgnored = "SPR111";
    public const string InvalidRoot = "SPR112";
    public const string TooManyRules = "SPR113";

    public const string DuplicateWorkflowName = "SPR201";
    public const string DuplicateRuleName = "SPR202";
    public const string InjectedWorkflowNotFound = "SPR203";
    public const string InjectionCycle = "SPR204";
    public const string InjectionTooDeep = "SPR205";
    public const string DuplicateParameterName = "SPR206";
    public const string InvalidParameterName = "SPR207";
    public const string InjectionIgnored = "SPR208";

    public const string ExpressionFrontEndFailure = "SPR399";

    public const string RuleExpressionNotBoolean = "SPR401";
    public const string UnknownPlaceholder = "SPR402";
    public const string OverrideWithoutGlobal = "SPR403";
    public const string OverrideNotConvertible = "SPR404";

    public const string UnknownAction = "SPR501";
    public const string InvalidActionContext = "SPR502";
    public const string ActionWorkflowNotFound = "SPR503";
    public const string ActionRuleNotFound = "SPR504";
    public const string ActionCycle = "SPR505";
}
