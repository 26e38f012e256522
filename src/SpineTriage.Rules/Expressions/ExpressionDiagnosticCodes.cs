namespace SpineTriage.Rules.Expressions;

/// <summary>
/// Codes of expression diagnostics. SPR2xx: syntax. SPR3xx: names, types, whitelist. SPR5xx: limits.
/// <code>
/// SPR200 the expression is empty
/// SPR201 a character that no token starts with
/// SPR202 a string without its closing quote
/// SPR203 an unknown escape sequence in a string (only \" \\ \n \r \t)
/// SPR204 a number that is malformed or out of range
/// SPR205 a token where another was expected (such as a missing ')')
/// SPR206 text left over after a complete expression
/// SPR300 an unknown name (input, param or function), with did-you-mean
/// SPR301 an unknown member of a type, with did-you-mean
/// SPR302 a method that is not on the whitelist for that type, with the allowed ones
/// SPR303 a name that is not a value of the enum, with the valid names
/// SPR304 an operator applied to types it does not accept
/// SPR305 a method or function called with the wrong number or kind of arguments
/// SPR306 decimal mixed with a non-constant double
/// SPR307 a name that matches two members or params that differ only in case
/// SPR308 a member whose type expressions may not read (such as Type or object)
/// SPR309 reflection, I/O, processes or the runtime (GetType, typeof, System.IO, Activator, AppDomain, ...)
/// SPR310 a lambda outside a collection method, or a collection method without the lambda it needs
/// SPR500 the expression is longer than the length limit
/// SPR501 the expression is nested deeper than the depth limit
/// SPR502 the expression is too complex to analyse safely
/// SPR503 the expression is too large once the params it uses are copied in
/// SPR504 a concatenation builds a text longer than the text limit
/// </code>
/// </summary>
internal static class ExpressionDiagnosticCodes
{
    public const string Empty = "SPR200";
    public const string UnexpectedCharacter = "SPR201";
    public const string UnterminatedString = "SPR202";
    public const string InvalidEscape = "SPR203";
    public const string InvalidNumber = "SPR204";
    public const string UnexpectedToken = "SPR205";
    public const string TrailingInput = "SPR206";
    public const string UnknownName = "SPR300";
    public const string UnknownMember = "SPR301";
    public const string MethodNotAllowed = "SPR302";
    public const string UnknownEnumName = "SPR303";
    public const string TypeMismatch = "SPR304";
    public const string BadArguments = "SPR305";
    public const string DecimalDoubleMix = "SPR306";
    public const string AmbiguousName = "SPR307";
    public const string UnreadableType = "SPR308";
    public const string Forbidden = "SPR309";
    public const string LambdaMisuse = "SPR310";
    public const string TooLong = "SPR500";
    public const string TooDeep = "SPR501";
    public const string TooComplex = "SPR502";
    public const string ExpandsTooFar = "SPR503";
    public const string TextTooLong = "SPR504";
}
