namespace SpineTriage.Cli;

/// <summary>Stable codes for problems the command line finds before the library sees the input.</summary>
internal static class CliProblemCodes
{
    public const string FileNotFound = "SPX001";
    public const string FileUnreadable = "SPX002";
    public const string DirectoryNotFound = "SPX003";
    public const string NoRuleFiles = "SPX004";
    public const string NoTestFiles = "SPX005";
    public const string TriageConfiguration = "SPX010";
    public const string MalformedCohortLine = "SPX020";
    public const string ResultsUnwritable = "SPX021";
    public const string ResultsAreCohort = "SPX022";
    public const string InputTooLarge = "SPX030";
}
