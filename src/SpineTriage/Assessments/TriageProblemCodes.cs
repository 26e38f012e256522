namespace SpineTriage.Assessments;

/// <summary>
/// Stable diagnostic codes of the triage layer, in code order: SPT0xx the triage settings of a rule pack
/// (<c>Properties.spinetriage</c>, rule kinds, citations) and the options; SPT1xx rule test files; SPT2xx rule-pack
/// warnings; SPT3xx hot reloading. Each is described in <see cref="TriageDiagnosticCatalog"/>.
/// </summary>
internal static class TriageProblemCodes
{
    public const string NoAssessment = "SPT001";
    public const string SettingsNotObject = "SPT002";
    public const string MissingVerdicts = "SPT003";
    public const string DuplicateVerdict = "SPT004";
    public const string DefaultNotAVerdict = "SPT005";
    public const string DuplicateAssessment = "SPT006";
    public const string UnknownSuccessEvent = "SPT007";
    public const string UnknownKind = "SPT008";
    public const string ReservedVerdict = "SPT009";
    public const string MissingRequiredAssessment = "SPT010";
    public const string MoreProblems = "SPT011";
    public const string BadBibliography = "SPT020";
    public const string UnknownReference = "SPT021";
    public const string UnknownEvidenceLevel = "SPT022";
    public const string UnknownThreshold = "SPT023";
    public const string BadSource = "SPT024";
    public const string InvalidOptions = "SPT030";

    public const string MalformedTestFile = "SPT101";
    public const string InvalidTest = "SPT102";
    public const string UnreadableTestFile = "SPT103";

    public const string VerdictWithoutRule = "SPT201";
    public const string VerdictShadowed = "SPT202";
    public const string RuleWithoutSource = "SPT203";
    public const string RuleWithoutEvidence = "SPT204";
    public const string RuleWithoutReason = "SPT205";
    public const string UncitedReference = "SPT206";
    public const string ThresholdWrittenAsNumber = "SPT207";

    public const string ReloadTimedOut = "SPT301";
    public const string ReloadConfiguration = "SPT302";
    public const string ReloadUnreadable = "SPT303";
}
