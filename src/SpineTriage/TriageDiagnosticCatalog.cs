using SpineTriage.Assessments;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage;

/// <summary>
/// Every diagnostic code a host of the triage package can meet, each with its meaning and fix: the engine's (<c>SPR</c>,
/// <see cref="DiagnosticCatalog.All"/>), then patient cases (<c>SPC</c>) and rule packs and reloading (<c>SPT</c>).
/// <c>docs/diagnostics.md</c> is written from it (a test keeps the two equal).
/// </summary>
public static class TriageDiagnosticCatalog
{
    /// <summary>Gets every code, the engine's first, then in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        .. DiagnosticCatalog.All,
        new(CaseProblemCodes.MalformedJson, DiagnosticSeverity.Error, "A patient case is not valid JSON.", "Correct the JSON at the line and column given."),
        new(CaseProblemCodes.TooLarge, DiagnosticSeverity.Error, "A patient case is larger than 1 MiB, far beyond any real case.", "Send one patient's case, without attachments or free text."),
        new(CaseProblemCodes.Unreadable, DiagnosticSeverity.Error, "A case file could not be read (missing, a directory, no permission).", "Check the path and its permissions."),
        new(CaseProblemCodes.MoreProblems, DiagnosticSeverity.Error, "The list of problems in a case was cut at its cap; this line counts the rest.", "Fix the problems listed and validate again."),
        new(CaseProblemCodes.UnknownProperty, DiagnosticSeverity.Error, "A case has a property the case format does not know (often a misspelling); nothing is guessed.", "Use the property named in the suggestion (seeds/case.schema.json lists them all), or remove it."),
        new(CaseProblemCodes.DuplicateProperty, DiagnosticSeverity.Error, "A property appears twice in one object of a case.", "Keep one of them."),
        new(CaseProblemCodes.WrongType, DiagnosticSeverity.Error, "A case value has the wrong JSON type (for example \"8.1\" as a text where a number is expected).", "Write the value with the type the message names."),
        new(CaseProblemCodes.UnknownEnumValue, DiagnosticSeverity.Error, "A case value is not one of the names its field takes.", "Use one of the names listed."),
        new(CaseProblemCodes.NotWholeNumber, DiagnosticSeverity.Error, "A whole-number field (a grade, a count of weeks) has a fraction.", "Write a whole number."),
        new(CaseProblemCodes.NullNotAllowed, DiagnosticSeverity.Error, "A field that cannot be unknown is null (a list, or a field whose absence means something else).", "Leave the property out when the value is not known, or give the value."),
        new(CaseProblemCodes.OutOfRange, DiagnosticSeverity.Error, "A case value is outside the range a real patient can have (an age of 300, a T-score of 12).", "Correct the value; a value that is not known is left out, not written as 0 or -1."),
        new(CaseProblemCodes.BadLevelName, DiagnosticSeverity.Error, "An imaging level is not a spinal level name such as L4-L5 or L5-S1.", "Write the level as the case format names it."),
        new(CaseProblemCodes.DuplicateLevel, DiagnosticSeverity.Error, "The same spinal level is listed twice in the imaging findings.", "Merge the findings of that level into one entry."),
        new(CaseProblemCodes.TooMany, DiagnosticSeverity.Error, "A list in the case is longer than the format allows (more imaging levels or injections than a real case has).", "Keep the list to its real entries."),
        new(CaseProblemCodes.Contradiction, DiagnosticSeverity.Error, "Two values of a case contradict each other (a slip graded but typed none, a red flag listed twice).", "Correct one of the two values the message names."),
        new(TriageProblemCodes.NoAssessment, DiagnosticSeverity.Error, "A rule pack workflow has no Properties.spinetriage telling which assessment it decides.", "Add Properties.spinetriage with the assessment, its verdicts and its default verdict."),
        new(TriageProblemCodes.SettingsNotObject, DiagnosticSeverity.Error, "Properties.spinetriage is not a JSON object.", "Write it as an object."),
        new(TriageProblemCodes.MissingVerdicts, DiagnosticSeverity.Error, "An assessment lists no verdicts.", "List its verdicts in precedence order."),
        new(TriageProblemCodes.DuplicateVerdict, DiagnosticSeverity.Error, "An assessment lists a verdict twice.", "List each verdict once."),
        new(TriageProblemCodes.DefaultNotAVerdict, DiagnosticSeverity.Error, "An assessment's default verdict is not one of its verdicts.", "Use one of the listed verdicts as the default."),
        new(TriageProblemCodes.DuplicateAssessment, DiagnosticSeverity.Error, "Two workflows decide the same assessment.", "Merge them, or give one a different assessment."),
        new(TriageProblemCodes.UnknownSuccessEvent, DiagnosticSeverity.Error, "A rule's SuccessEvent is not one of its assessment's verdicts.", "Use a listed verdict, or add the verdict to the assessment."),
        new(TriageProblemCodes.UnknownKind, DiagnosticSeverity.Error, "A rule's Properties.kind is not one the triage layer knows (verdict, redFlag, warning or info).", "Use a known kind, or remove the property."),
        new(TriageProblemCodes.ReservedVerdict, DiagnosticSeverity.Error, "A verdict takes a name the triage layer reserves (Incomplete, RuleError).", "Rename the verdict."),
        new(TriageProblemCodes.MissingRequiredAssessment, DiagnosticSeverity.Error, "A rule set that should decide an assessment (fusion, biologic, revision) does not; a deleted file would otherwise silently drop it.", "Restore the workflow whose Properties.spinetriage declares it, or remove the assessment from TriageOptions.RequiredAssessments."),
        new(TriageProblemCodes.MoreProblems, DiagnosticSeverity.Error, "The list of rule-pack problems was cut at its cap; this line counts the rest.", "Fix the problems listed and load again."),
        new(TriageProblemCodes.BadBibliography, DiagnosticSeverity.Error, "The pack's references.json cannot be read as a bibliography.", "Correct it as the message says."),
        new(TriageProblemCodes.UnknownReference, DiagnosticSeverity.Error, "A rule cites a source key that references.json does not have: every reason must trace to a source.", "Use an existing key, or add the reference."),
        new(TriageProblemCodes.UnknownEvidenceLevel, DiagnosticSeverity.Error, "A rule's evidenceLevel is not on the bibliography's evidence scale.", "Use a level from evidenceScale.levels."),
        new(TriageProblemCodes.UnknownThreshold, DiagnosticSeverity.Error, "A rule text names a threshold the pack does not define.", "Use a threshold from the pack's settings, or define it."),
        new(TriageProblemCodes.BadSource, DiagnosticSeverity.Error, "A rule's Properties.source has the wrong shape.", "Give a reference key, or a list of them."),
        new(TriageProblemCodes.InvalidOptions, DiagnosticSeverity.Error, "TriageOptions are invalid (a missing rules directory, an unknown threshold name, a threshold out of range); the engine is not built.", "Correct the option the message names."),
        new(TriageProblemCodes.MalformedTestFile, DiagnosticSeverity.Error, "A rule-pack test file is not valid JSON.", "Correct the JSON at the line and column given."),
        new(TriageProblemCodes.InvalidTest, DiagnosticSeverity.Error, "A test in a rule-pack test file has the wrong shape (no case, no expected verdict, an unknown assessment).", "Correct the test as the message says."),
        new(TriageProblemCodes.UnreadableTestFile, DiagnosticSeverity.Error, "A rule-pack test file could not be read.", "Check the path and its permissions."),
        new(TriageProblemCodes.VerdictWithoutRule, DiagnosticSeverity.Warning, "A verdict has no rule that can give it, so it can never be the answer.", "Add a rule for it, or remove the verdict."),
        new(TriageProblemCodes.VerdictShadowed, DiagnosticSeverity.Warning, "A verdict can never win because a more precedent verdict holds whenever it does.", "Reorder the verdicts, or narrow the more precedent rule."),
        new(TriageProblemCodes.RuleWithoutSource, DiagnosticSeverity.Warning, "A rule cites no source, so reviewers cannot check it.", "Add Properties.source with the keys of the guidelines or papers it follows."),
        new(TriageProblemCodes.RuleWithoutEvidence, DiagnosticSeverity.Warning, "A rule says nothing about its evidence, or has no evidence level.", "Add Properties.evidence and evidenceLevel."),
        new(TriageProblemCodes.RuleWithoutReason, DiagnosticSeverity.Warning, "A rule has no plain-language reason; clinicians see its name instead.", "Add Properties.reason."),
        new(TriageProblemCodes.UncitedReference, DiagnosticSeverity.Warning, "references.json has a reference no rule cites.", "Cite it from the rules it supports, or remove it."),
        new(TriageProblemCodes.ThresholdWrittenAsNumber, DiagnosticSeverity.Warning, "A rule's reason writes a threshold as a number instead of naming the pack setting, so the text can drift from the rule.", "Write the threshold's placeholder, such as {hba1cMaxPercent}."),
        new(TriageProblemCodes.ReloadTimedOut, DiagnosticSeverity.Error, "Reloading the rules took longer than TriageOptions.ReloadTimeout; the previous rules stay in force.", "Look for a very large or slow rule file; raise the timeout only if the files are trusted."),
        new(TriageProblemCodes.ReloadConfiguration, DiagnosticSeverity.Error, "The edited rules could not be loaded; the previous rules stay in force.", "Fix the rule files as the problems listed with it say."),
        new(TriageProblemCodes.ReloadUnreadable, DiagnosticSeverity.Error, "The rules directory could not be read during a reload; the previous rules stay in force.", "Check the directory and its permissions."),
    ];
}
