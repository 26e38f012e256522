namespace SpineTriage.Cases.Json;

/// <summary>Stable diagnostic codes for problems in a patient case.</summary>
internal static class CaseProblemCodes
{
    public const string MalformedJson = "SPC001";
    public const string UnknownProperty = "SPC010";
    public const string DuplicateProperty = "SPC011";
    public const string WrongType = "SPC020";
    public const string UnknownEnumValue = "SPC021";
    public const string NotWholeNumber = "SPC022";
    public const string NullNotAllowed = "SPC023";
    public const string OutOfRange = "SPC100";
    public const string BadLevelName = "SPC101";
    public const string DuplicateLevel = "SPC102";
    public const string TooMany = "SPC103";
    public const string TooLarge = "SPC002";
    public const string Unreadable = "SPC003";
    public const string MoreProblems = "SPC004";
    public const string Contradiction = "SPC110";
}
