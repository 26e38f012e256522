namespace SpineTriage.Rules.Diagnostics;

/// <summary>
/// The stable codes of the engine's own load diagnostics (<see cref="Diagnostic.Code"/>), for a host that reads or
/// raises diagnostics in the same scheme (a reader of its own JSON files reporting malformed JSON as SPR002, say).
/// SPR0xx: the file as JSON; SPR1xx: the workflow format; SPR4xx: rule typing, parameters and messages; SPR6xx: names
/// and injection; SPR7xx: actions; SPR8xx: rule-author warnings. The expression front end's codes (SPR2xx, SPR3xx,
/// SPR5xx) are listed, with every code here, in <see cref="DiagnosticCatalog"/>, which also gives each one's severity
/// and fix. A code never changes meaning once published.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>SPR001: A rule file is larger than RuleLimits.MaxFileBytes (4 MiB by default).</summary>
    public const string FileTooLarge = "SPR001";
    /// <summary>SPR002: A rule file is not valid JSON (comments and trailing commas are allowed).</summary>
    public const string MalformedJson = "SPR002";
    /// <summary>SPR003: A rule file nests objects or arrays deeper than RuleLimits.MaxJsonDepth (64 by default).</summary>
    public const string JsonTooDeep = "SPR003";
    /// <summary>SPR004: A rule file or directory could not be read (missing, a directory where a file was expected, a link loop, no permission).</summary>
    public const string UnreadableSource = "SPR004";
    /// <summary>SPR005: The list of problems was cut at its cap; this line counts the rest.</summary>
    public const string MoreProblems = "SPR005";

    /// <summary>SPR101: A workflow or rule has a field the workflow format does not know (often a misspelling).</summary>
    public const string UnknownField = "SPR101";
    /// <summary>SPR102: A field has the wrong JSON type (for example a number where a text is expected).</summary>
    public const string WrongJsonType = "SPR102";
    /// <summary>SPR103: A field appears twice in one object; JSON readers disagree on which one wins.</summary>
    public const string DuplicateField = "SPR103";
    /// <summary>SPR104: A required field is missing (WorkflowName, RuleName, or the rule's Expression or Rules).</summary>
    public const string MissingField = "SPR104";
    /// <summary>SPR105: A workflow, rule or parameter name is empty or only white space.</summary>
    public const string EmptyName = "SPR105";
    /// <summary>SPR106: A nested rule's Operator is not And, AndAlso, Or or OrElse.</summary>
    public const string InvalidOperator = "SPR106";
    /// <summary>SPR107: A rule has an Operator but no nested Rules to combine.</summary>
    public const string OperatorWithoutRules = "SPR107";
    /// <summary>SPR108: A rule has nested Rules but no Operator saying how to combine them.</summary>
    public const string RulesWithoutOperator = "SPR108";
    /// <summary>SPR109: A rule's RuleExpressionType is not LambdaExpression, the only type the format has.</summary>
    public const string InvalidRuleExpressionType = "SPR109";
    /// <summary>SPR110: A workflow has no rules.</summary>
    public const string WorkflowWithoutRules = "SPR110";
    /// <summary>SPR111: A rule has both nested Rules and an Expression; the Expression is never evaluated.</summary>
    public const string ExpressionIgnored = "SPR111";
    /// <summary>SPR112: The file is neither a workflow object nor an array of workflows.</summary>
    public const string InvalidRoot = "SPR112";
    /// <summary>SPR113: A workflow or the whole rule set has more rules than RuleLimits.MaxRulesPerWorkflow or MaxRulesPerRuleSet allow.</summary>
    public const string TooManyRules = "SPR113";
    /// <summary>SPR114: A name or text holds a control or invisible character (a bidirectional override, a zero-width space) that could make a rule read differently from how it runs.</summary>
    public const string UnsafeCharacter = "SPR114";
    /// <summary>SPR115: Lenient loading (RuleSetOptions.LenientRules) disabled a rule that has an error; the rule never runs and has no outcome.</summary>
    public const string RuleDisabled = "SPR115";
    /// <summary>SPR116: Rules may call a function of a type the host registered (RuleSetOptions.CustomTypes); one note per function, for whoever reviews the rules.</summary>
    public const string HostFunctionAvailable = "SPR116";

    /// <summary>SPR401: A rule's expression does not give true or false.</summary>
    public const string RuleExpressionNotBoolean = "SPR401";
    /// <summary>SPR402: An ErrorMessage or action names a placeholder ($(name)) that is not an input, parameter or rule value; it is printed as written.</summary>
    public const string UnknownPlaceholder = "SPR402";
    /// <summary>SPR403: A LocalParam overrides a GlobalParam that does not exist.</summary>
    public const string OverrideWithoutGlobal = "SPR403";
    /// <summary>SPR404: A LocalParam gives a value of a type the GlobalParam it overrides cannot take.</summary>
    public const string OverrideNotConvertible = "SPR404";
    /// <summary>SPR405: The expression could not be processed because of an internal failure; the message names the rule.</summary>
    public const string ExpressionFrontEndFailure = "SPR405";
    /// <summary>SPR406: An ErrorMessage has more placeholders than RuleLimits.MaxErrorMessagePlaceholders.</summary>
    public const string TooManyPlaceholders = "SPR406";
    /// <summary>SPR407: An ErrorMessage is longer than RuleLimits.MaxStringLength.</summary>
    public const string ErrorMessageTooLong = "SPR407";

    /// <summary>SPR601: Two workflows have the same name.</summary>
    public const string DuplicateWorkflowName = "SPR601";
    /// <summary>SPR602: Two rules in one workflow have the same name.</summary>
    public const string DuplicateRuleName = "SPR602";
    /// <summary>SPR603: WorkflowsToInject names a workflow that no loaded file defines.</summary>
    public const string InjectedWorkflowNotFound = "SPR603";
    /// <summary>SPR604: Workflows inject each other in a cycle.</summary>
    public const string InjectionCycle = "SPR604";
    /// <summary>SPR605: Workflow injection is nested deeper than RuleLimits.MaxInjectionDepth.</summary>
    public const string InjectionTooDeep = "SPR605";
    /// <summary>SPR606: Two GlobalParams or two LocalParams of one rule have the same name.</summary>
    public const string DuplicateParameterName = "SPR606";
    /// <summary>SPR607: A parameter name is not an identifier (letters, digits and _, not starting with a digit) or is a reserved word.</summary>
    public const string InvalidParameterName = "SPR607";
    /// <summary>SPR608: A workflow is injected but adds nothing (for example it is injected twice, or into itself through another).</summary>
    public const string InjectionIgnored = "SPR608";
    /// <summary>SPR609: WorkflowsToInject lists the same workflow twice.</summary>
    public const string DuplicateInjection = "SPR609";

    /// <summary>SPR701: An action (OnSuccess or OnFailure) names a kind the engine does not run (OutputExpression and EvaluateRule are supported).</summary>
    public const string UnknownAction = "SPR701";
    /// <summary>SPR702: An action's Context is missing or has the wrong shape for its kind.</summary>
    public const string InvalidActionContext = "SPR702";
    /// <summary>SPR703: An EvaluateRule action names a workflow that is not loaded.</summary>
    public const string ActionWorkflowNotFound = "SPR703";
    /// <summary>SPR704: An EvaluateRule action names a rule its workflow does not have.</summary>
    public const string ActionRuleNotFound = "SPR704";
    /// <summary>SPR705: EvaluateRule actions call each other in a cycle.</summary>
    public const string ActionCycle = "SPR705";
    /// <summary>SPR706: An action's Context has a key its kind does not use.</summary>
    public const string UnknownActionContextKey = "SPR706";

    /// <summary>SPR801: Analysis shows the rule can never be met, whatever the input (for example x &gt; 5 &amp;&amp; x &lt; 3).</summary>
    public const string RuleNeverMet = "SPR801";
    /// <summary>SPR802: Analysis shows the rule is met whatever the input, so it decides nothing.</summary>
    public const string RuleNeverNotMet = "SPR802";
    /// <summary>SPR803: A GlobalParam is never used by any rule.</summary>
    public const string UnusedGlobalParameter = "SPR803";
    /// <summary>SPR804: A null test is applied to a value that can never be null, so it is always true or always false.</summary>
    public const string NullTestOnValue = "SPR804";
    /// <summary>SPR805: validate --portable: the rule uses a form Microsoft RulesEngine cannot parse or runs differently.</summary>
    public const string NotPortableToRulesEngine = "SPR805";
}
