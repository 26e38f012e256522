namespace SpineTriage.Rules.Diagnostics;

/// <summary>
/// The stable codes of load diagnostics raised by the workflow layer. SPR0xx: the file as JSON;
/// SPR1xx: the workflow format; SPR4xx: rule typing, parameters and overrides; SPR6xx: names and injection;
/// SPR7xx: actions; SPR8xx: rule-author warnings (RuleSetAnalyzer, RulesEnginePortability). SPR2xx, SPR3xx and SPR5xx belong to the expression front end (ExpressionDiagnosticCodes)
/// and are passed through. In code order; each is described in <see cref="DiagnosticCatalog"/>.
/// </summary>
internal static class DiagnosticCodes
{
    public const string FileTooLarge = "SPR001";
    public const string MalformedJson = "SPR002";
    public const string JsonTooDeep = "SPR003";
    public const string UnreadableSource = "SPR004";
    public const string MoreProblems = "SPR005";

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
    public const string UnsafeCharacter = "SPR114";
    public const string RuleDisabled = "SPR115";
    public const string HostFunctionAvailable = "SPR116";

    public const string RuleExpressionNotBoolean = "SPR401";
    public const string UnknownPlaceholder = "SPR402";
    public const string OverrideWithoutGlobal = "SPR403";
    public const string OverrideNotConvertible = "SPR404";
    public const string ExpressionFrontEndFailure = "SPR405";
    public const string TooManyPlaceholders = "SPR406";
    public const string ErrorMessageTooLong = "SPR407";

    public const string DuplicateWorkflowName = "SPR601";
    public const string DuplicateRuleName = "SPR602";
    public const string InjectedWorkflowNotFound = "SPR603";
    public const string InjectionCycle = "SPR604";
    public const string InjectionTooDeep = "SPR605";
    public const string DuplicateParameterName = "SPR606";
    public const string InvalidParameterName = "SPR607";
    public const string InjectionIgnored = "SPR608";
    public const string DuplicateInjection = "SPR609";

    public const string UnknownAction = "SPR701";
    public const string InvalidActionContext = "SPR702";
    public const string ActionWorkflowNotFound = "SPR703";
    public const string ActionRuleNotFound = "SPR704";
    public const string ActionCycle = "SPR705";
    public const string UnknownActionContextKey = "SPR706";

    public const string RuleNeverMet = "SPR801";
    public const string RuleNeverNotMet = "SPR802";
    public const string UnusedGlobalParameter = "SPR803";
    public const string NullTestOnValue = "SPR804";
    public const string NotPortableToRulesEngine = "SPR805";
}
