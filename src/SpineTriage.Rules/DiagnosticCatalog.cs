using SpineTriage.Rules.Diagnostics;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules;

/// <summary>
/// The engine's diagnostic codes (<c>SPR</c>), each with its meaning and fix. SPR0xx: the file as JSON; SPR1xx: the workflow
/// format; SPR2xx: expression syntax; SPR3xx: expression names and types; SPR4xx: rule typing, parameters and messages;
/// SPR5xx: size limits; SPR6xx: names and injection; SPR7xx: actions; SPR8xx: rule-author warnings. The packages above the
/// engine list their own codes in catalogues of the same shape; <c>docs/diagnostics.md</c> is written from all of them.
/// </summary>
public static class DiagnosticCatalog
{
    /// <summary>Gets every code the engine reports, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        new(DiagnosticCodes.FileTooLarge, DiagnosticSeverity.Error, "A rule file is larger than RuleLimits.MaxFileBytes (4 MiB by default).", "Split the workflows over several files, or raise RuleLimits.MaxFileBytes if the host trusts the file."),
        new(DiagnosticCodes.MalformedJson, DiagnosticSeverity.Error, "A rule file is not valid JSON (comments and trailing commas are allowed).", "Correct the JSON at the line and column given."),
        new(DiagnosticCodes.JsonTooDeep, DiagnosticSeverity.Error, "A rule file nests objects or arrays deeper than RuleLimits.MaxJsonDepth (64 by default).", "Flatten the nesting, for example by injecting a workflow instead of nesting rules."),
        new(DiagnosticCodes.UnreadableSource, DiagnosticSeverity.Error, "A rule file or directory could not be read (missing, a directory where a file was expected, a link loop, no permission).", "Check the path and its permissions."),
        new(DiagnosticCodes.MoreProblems, DiagnosticSeverity.Error, "The list of problems was cut at its cap; this line counts the rest.", "Fix the problems listed and load again to see the next ones."),
        new(DiagnosticCodes.UnknownField, DiagnosticSeverity.Error, "A workflow or rule has a field the workflow format does not know (often a misspelling).", "Use the field named in the suggestion, or remove the field."),
        new(DiagnosticCodes.WrongJsonType, DiagnosticSeverity.Error, "A field has the wrong JSON type (for example a number where a text is expected).", "Write the value with the type the message names."),
        new(DiagnosticCodes.DuplicateField, DiagnosticSeverity.Error, "A field appears twice in one object; JSON readers disagree on which one wins.", "Keep one of them."),
        new(DiagnosticCodes.MissingField, DiagnosticSeverity.Error, "A required field is missing (WorkflowName, RuleName, or the rule's Expression or Rules).", "Add the field."),
        new(DiagnosticCodes.EmptyName, DiagnosticSeverity.Error, "A workflow, rule or parameter name is empty or only white space.", "Give it a name."),
        new(DiagnosticCodes.InvalidOperator, DiagnosticSeverity.Error, "A nested rule's Operator is not And, AndAlso, Or or OrElse.", "Use one of the four operators."),
        new(DiagnosticCodes.OperatorWithoutRules, DiagnosticSeverity.Error, "A rule has an Operator but no nested Rules to combine.", "Add the nested rules, or remove the Operator and write an Expression."),
        new(DiagnosticCodes.RulesWithoutOperator, DiagnosticSeverity.Error, "A rule has nested Rules but no Operator saying how to combine them.", "Add \"Operator\": \"And\" or \"Or\"."),
        new(DiagnosticCodes.InvalidRuleExpressionType, DiagnosticSeverity.Error, "A rule's RuleExpressionType is not LambdaExpression, the only type the format has.", "Remove the field or set it to LambdaExpression."),
        new(DiagnosticCodes.WorkflowWithoutRules, DiagnosticSeverity.Error, "A workflow has no rules.", "Add rules, or remove the workflow."),
        new(DiagnosticCodes.ExpressionIgnored, DiagnosticSeverity.Warning, "A rule has both nested Rules and an Expression; the Expression is never evaluated.", "Remove the Expression, or move it into a nested rule."),
        new(DiagnosticCodes.InvalidRoot, DiagnosticSeverity.Error, "The file is neither a workflow object nor an array of workflows.", "Write one workflow object, or an array of them."),
        new(DiagnosticCodes.TooManyRules, DiagnosticSeverity.Error, "A workflow or the whole rule set has more rules than RuleLimits.MaxRulesPerWorkflow or MaxRulesPerRuleSet allow.", "Split the rules, or raise the limit if the host trusts the files."),
        new(DiagnosticCodes.UnsafeCharacter, DiagnosticSeverity.Error, "A name or text holds a control or invisible character (a bidirectional override, a zero-width space) that could make a rule read differently from how it runs.", "Retype the text without the character at the column given."),
        new(DiagnosticCodes.RuleDisabled, DiagnosticSeverity.Warning, "Lenient loading (RuleSetOptions.LenientRules) disabled a rule that has an error; the rule never runs and has no outcome.", "Fix the rule's error, listed with it; a production rule set should load strictly."),
        new(DiagnosticCodes.HostFunctionAvailable, DiagnosticSeverity.Info, "Rules may call a function of a type the host registered (RuleSetOptions.CustomTypes); one note per function, for whoever reviews the rules.", "Nothing to fix: check that each function listed is one the host means to offer."),
        new(ExpressionDiagnosticCodes.Empty, DiagnosticSeverity.Error, "A rule's expression is empty.", "Write the condition, or remove the rule."),
        new(ExpressionDiagnosticCodes.UnexpectedCharacter, DiagnosticSeverity.Error, "An expression holds a character the language does not use.", "Remove or replace the character at the offset given."),
        new(ExpressionDiagnosticCodes.UnterminatedString, DiagnosticSeverity.Error, "A text literal in an expression has no closing quote.", "Close the quote."),
        new(ExpressionDiagnosticCodes.InvalidEscape, DiagnosticSeverity.Error, "A text literal holds an escape sequence the language does not know.", "Write the character itself, or escape only a quote or a backslash with a backslash."),
        new(ExpressionDiagnosticCodes.InvalidNumber, DiagnosticSeverity.Error, "A number literal cannot be read (malformed, or too large for its type).", "Write the number in invariant notation, such as 12.5."),
        new(ExpressionDiagnosticCodes.UnexpectedToken, DiagnosticSeverity.Error, "The expression does not parse at the offset given (a missing operand, parenthesis or comma).", "Complete the expression as the message suggests."),
        new(ExpressionDiagnosticCodes.TrailingInput, DiagnosticSeverity.Error, "Text is left over after a complete expression.", "Join the parts with && or ||, or remove the extra text."),
        new(ExpressionDiagnosticCodes.UnknownName, DiagnosticSeverity.Error, "An expression names an input, parameter or type that does not exist.", "Use a name from the suggestion (inputs, GlobalParams, LocalParams), or register the type in RuleSetOptions.CustomTypes."),
        new(ExpressionDiagnosticCodes.UnknownMember, DiagnosticSeverity.Error, "An expression reads a member the input type does not have.", "Use a member from the suggestion (names are case sensitive)."),
        new(ExpressionDiagnosticCodes.MethodNotAllowed, DiagnosticSeverity.Error, "An expression calls a method the language does not offer.", "Use one of the methods the message lists, or a host function registered in RuleSetOptions.CustomTypes."),
        new(ExpressionDiagnosticCodes.UnknownEnumName, DiagnosticSeverity.Error, "A text compared with an enum value is not one of the enum's names.", "Use one of the names listed."),
        new(ExpressionDiagnosticCodes.TypeMismatch, DiagnosticSeverity.Error, "Operands or arguments have types that cannot be combined (for example a number compared with a text).", "Compare values of the same type, or convert one explicitly."),
        new(ExpressionDiagnosticCodes.BadArguments, DiagnosticSeverity.Error, "A method is called with the wrong number or types of arguments.", "Call it as the message shows."),
        new(ExpressionDiagnosticCodes.DecimalDoubleMix, DiagnosticSeverity.Error, "An expression mixes decimal and double values, which .NET cannot do without losing precision silently.", "Convert one side explicitly, or use literals of one kind."),
        new(ExpressionDiagnosticCodes.AmbiguousName, DiagnosticSeverity.Error, "A name means two things (an input and a parameter, or a lambda variable that hides one).", "Rename one of them."),
        new(ExpressionDiagnosticCodes.UnreadableType, DiagnosticSeverity.Error, "An input type or member type cannot be read safely by rules (not a plain data type).", "Give rules a plain data type: public properties of numbers, texts, bools, enums, dates, lists and such objects."),
        new(ExpressionDiagnosticCodes.Forbidden, DiagnosticSeverity.Error, "An expression asks for something the language refuses by design: reflection, the system clock, a type outside the allowed set, code execution.", "Pass the value as an input, or register a side-effect-free host function in RuleSetOptions.CustomTypes."),
        new(ExpressionDiagnosticCodes.LambdaMisuse, DiagnosticSeverity.Error, "A lambda (x => ...) is written where none is allowed, or a method that needs one has none.", "Write the lambda as an argument of a collection method such as Any, All, Count or Where."),
        new(DiagnosticCodes.RuleExpressionNotBoolean, DiagnosticSeverity.Error, "A rule's expression does not give true or false.", "Compare the value with something, for example x > 3 or x == \"text\"."),
        new(DiagnosticCodes.UnknownPlaceholder, DiagnosticSeverity.Warning, "An ErrorMessage or action names a placeholder ($(name)) that is not an input, parameter or rule value; it is printed as written.", "Use a name that exists, or remove the placeholder."),
        new(DiagnosticCodes.OverrideWithoutGlobal, DiagnosticSeverity.Error, "A LocalParam overrides a GlobalParam that does not exist.", "Use the GlobalParam's exact name, or rename the LocalParam."),
        new(DiagnosticCodes.OverrideNotConvertible, DiagnosticSeverity.Error, "A LocalParam gives a value of a type the GlobalParam it overrides cannot take.", "Give the override the same type as the GlobalParam."),
        new(DiagnosticCodes.ExpressionFrontEndFailure, DiagnosticSeverity.Error, "The expression could not be processed because of an internal failure; the message names the rule.", "Report it with the rule; meanwhile rewrite the expression in a simpler form."),
        new(DiagnosticCodes.TooManyPlaceholders, DiagnosticSeverity.Error, "An ErrorMessage has more placeholders than RuleLimits.MaxErrorMessagePlaceholders.", "Use fewer placeholders."),
        new(DiagnosticCodes.ErrorMessageTooLong, DiagnosticSeverity.Error, "An ErrorMessage is longer than RuleLimits.MaxStringLength.", "Shorten the message."),
        new(ExpressionDiagnosticCodes.TooLong, DiagnosticSeverity.Error, "An expression is longer than RuleLimits.MaxExpressionLength.", "Split it with LocalParams or into several rules."),
        new(ExpressionDiagnosticCodes.TooDeep, DiagnosticSeverity.Error, "An expression nests deeper than RuleLimits.MaxExpressionDepth.", "Flatten it with LocalParams."),
        new(ExpressionDiagnosticCodes.TooComplex, DiagnosticSeverity.Error, "An expression has more nodes than the language allows.", "Split it with LocalParams or into several rules."),
        new(ExpressionDiagnosticCodes.ExpandsTooFar, DiagnosticSeverity.Error, "Once its parameters are written in, an expression is larger or deeper than RuleLimits.MaxExpandedExpressionSize or MaxExpandedExpressionDepth (parameters that use each other can double at every step).", "Let parameters use each other less, or split the rule."),
        new(ExpressionDiagnosticCodes.TextTooLong, DiagnosticSeverity.Error, "A text the expression builds from constants is longer than RuleLimits.MaxStringLength.", "Shorten the text."),
        new(DiagnosticCodes.DuplicateWorkflowName, DiagnosticSeverity.Error, "Two workflows have the same name.", "Rename one of them."),
        new(DiagnosticCodes.DuplicateRuleName, DiagnosticSeverity.Error, "Two rules in one workflow have the same name.", "Rename one of them."),
        new(DiagnosticCodes.InjectedWorkflowNotFound, DiagnosticSeverity.Error, "WorkflowsToInject names a workflow that no loaded file defines.", "Use an existing workflow's name, or load the file that defines it."),
        new(DiagnosticCodes.InjectionCycle, DiagnosticSeverity.Error, "Workflows inject each other in a cycle.", "Break the cycle."),
        new(DiagnosticCodes.InjectionTooDeep, DiagnosticSeverity.Error, "Workflow injection is nested deeper than RuleLimits.MaxInjectionDepth.", "Inject fewer levels deep."),
        new(DiagnosticCodes.DuplicateParameterName, DiagnosticSeverity.Error, "Two GlobalParams or two LocalParams of one rule have the same name.", "Rename one of them."),
        new(DiagnosticCodes.InvalidParameterName, DiagnosticSeverity.Error, "A parameter name is not an identifier (letters, digits and _, not starting with a digit) or is a reserved word.", "Rename the parameter."),
        new(DiagnosticCodes.InjectionIgnored, DiagnosticSeverity.Warning, "A workflow is injected but adds nothing (for example it is injected twice, or into itself through another).", "Remove the redundant injection."),
        new(DiagnosticCodes.DuplicateInjection, DiagnosticSeverity.Error, "WorkflowsToInject lists the same workflow twice.", "List it once."),
        new(DiagnosticCodes.UnknownAction, DiagnosticSeverity.Error, "An action (OnSuccess or OnFailure) names a kind the engine does not run (OutputExpression and EvaluateRule are supported).", "Use OutputExpression or EvaluateRule."),
        new(DiagnosticCodes.InvalidActionContext, DiagnosticSeverity.Error, "An action's Context is missing or has the wrong shape for its kind.", "Give the Context the fields the message names (Expression, or WorkflowName and ruleName)."),
        new(DiagnosticCodes.ActionWorkflowNotFound, DiagnosticSeverity.Error, "An EvaluateRule action names a workflow that is not loaded.", "Use a loaded workflow's name."),
        new(DiagnosticCodes.ActionRuleNotFound, DiagnosticSeverity.Error, "An EvaluateRule action names a rule its workflow does not have.", "Use an existing rule's name."),
        new(DiagnosticCodes.ActionCycle, DiagnosticSeverity.Error, "EvaluateRule actions call each other in a cycle.", "Break the cycle."),
        new(DiagnosticCodes.UnknownActionContextKey, DiagnosticSeverity.Error, "An action's Context has a key its kind does not use.", "Remove the key, or use the one the suggestion names."),
        new(DiagnosticCodes.RuleNeverMet, DiagnosticSeverity.Warning, "Analysis shows the rule can never be met, whatever the input (for example x > 5 && x < 3).", "Correct the thresholds or operators."),
        new(DiagnosticCodes.RuleNeverNotMet, DiagnosticSeverity.Warning, "Analysis shows the rule is met whatever the input, so it decides nothing.", "Correct the condition, or remove the rule."),
        new(DiagnosticCodes.UnusedGlobalParameter, DiagnosticSeverity.Warning, "A GlobalParam is never used by any rule.", "Remove it, or use it."),
        new(DiagnosticCodes.NullTestOnValue, DiagnosticSeverity.Warning, "A null test is applied to a value that can never be null, so it is always true or always false.", "Remove the test, or test the value it was meant for."),
        new(DiagnosticCodes.NotPortableToRulesEngine, DiagnosticSeverity.Warning, "validate --portable: the rule uses a form Microsoft RulesEngine cannot parse or runs differently.", "Rewrite it in the portable form the message names, if the file must also run on RulesEngine."),
    ];
}
