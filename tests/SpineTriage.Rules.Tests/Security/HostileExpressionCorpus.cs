using static SpineTriage.Rules.Tests.Security.HostileVerdict;

namespace SpineTriage.Rules.Tests.Security;

/// <summary>
/// Published System.Linq.Dynamic.Core / RulesEngine exploit shapes (CVE-2023-32571, CVE-2024-51417 and the reflection-read
/// probe of the format research), Trojan Source characters, resource bombs and arithmetic edge cases.
/// </summary>
public static class HostileExpressionCorpus
{
    private const string Forbidden = "SPR309";
    private const string Unknown = "SPR300";
    private const string NotAllowed = "SPR302";
    private const string BadCharacter = "SPR201";
    private const string Trailing = "SPR206";
    private const string BadToken = "SPR205";
    private const string BadArguments = "SPR305";

    public static IReadOnlyList<HostileExpression> All { get; } =
    [
        // Reflection and type access.
        new("GetType on an input", "patient.GetType().Name == \"WorkloadCase\"", Refused, Forbidden),
        new("Assembly location through GetType", "patient.GetType().Assembly.Location != null", Refused, Forbidden),
        new("GetType on a string literal", "\"a\".GetType().Assembly.GetType(\"System.IO.File\") != null", Refused, Forbidden),
        new("GetType inside a lambda", "patient.Levels.Any(l => l.Name.GetType() != null)", Refused, Forbidden),
        new("Type.GetType", "Type.GetType(\"System.IO.File\") != null", Refused, Forbidden),
        new("typeof", "typeof(string).Name == \"String\"", Refused, Forbidden),
        new("Activator.CreateInstance", "Activator.CreateInstance(typeof(object)) != null", Refused, Forbidden),
        new("AppDomain", "AppDomain.CurrentDomain.BaseDirectory != null", Refused, Forbidden),
        new("Assembly.Load", "Assembly.Load(\"System.Private.CoreLib\") != null", Refused, Forbidden),
        new("System.Reflection", "System.Reflection.Assembly.GetExecutingAssembly() != null", Refused, Forbidden),
        new("Process.Start", "Process.Start(\"/bin/sh\").Id > 0", Refused, Forbidden),
        new("System.Diagnostics.Process", "System.Diagnostics.Process.Start(\"calc.exe\") != null", Refused, Forbidden),
        new("Environment.Exit", "Environment.Exit(1) == 0", Refused, Forbidden),
        new("Environment variable", "Environment.GetEnvironmentVariable(\"PATH\") != null", Refused, Forbidden),
        new("File.ReadAllText", "File.ReadAllText(\"/etc/passwd\") != \"\"", Refused, Forbidden),
        new("System.IO.File.Exists", "System.IO.File.Exists(\"/etc/passwd\")", Refused, Forbidden),
        new("Directory listing", "Directory.GetFiles(\"/\").Length > 0", Refused, Forbidden),
        new("Marshal", "System.Runtime.InteropServices.Marshal.AllocHGlobal(1) != null", Refused, Forbidden),
        new("RuntimeHelpers", "RuntimeHelpers.GetHashCode(patient) > 0", Refused, Forbidden),
        new("GC", "GC.Collect() == null", Refused, Forbidden),
        new("Thread.Sleep", "Thread.Sleep(100000) == null", Refused, Forbidden),
        new("Task.Delay", "Task.Delay(100000).Wait()", Refused, Forbidden),
        new("Console", "Console.ReadLine() == \"\"", Refused, Forbidden),
        new("Expression.Lambda compile", "Expression.Lambda(null).Compile() != null", Refused, Forbidden),
        new("Delegate.CreateDelegate", "Delegate.CreateDelegate(null, null) != null", Refused, Forbidden),
        new("Unsafe", "Unsafe.AsPointer(patient) != null", Refused, Forbidden),
        new("dynamic", "dynamic(patient).Anything == 1", Refused, Forbidden),
        new("default", "default(int) == 0", Refused, Forbidden),
        new("nameof", "nameof(patient) == \"patient\"", Refused, Forbidden),
        new("sizeof", "sizeof(int) == 4", Refused, Forbidden),
        new("Microsoft namespace", "Microsoft.Win32.Registry.LocalMachine != null", Refused, Forbidden),

        // Object methods and casts to object and back.
        new("object() cast function", "object(patient.Age) != null", Refused, Forbidden),
        new("C# cast to object", "(object)patient.Age != null", Refused, Trailing),
        new("as object", "patient as object != null", Refused, Trailing),
        new("is object", "patient is object", Refused, Trailing),
        new("cast keyword function", "cast(patient.Age, \"System.Object\") != null", Refused, Unknown),
        new("as keyword function", "as(patient, \"System.Object\") != null", Refused, Unknown),
        new("ToString on a number (invariant culture)", "patient.Age.ToString() == \"5\"", Evaluates),
        new("ToString on a string member", "patient.PsychScreen.ToString() == \"none\"", Evaluates),
        new("Equals", "patient.Equals(patient)", Refused, Forbidden),
        new("GetHashCode", "patient.GetHashCode() != 0", Refused, Forbidden),
        new("ReferenceEquals", "ReferenceEquals(patient, null)", Refused, Unknown),
        new("GetTypeCode", "patient.Age.GetTypeCode() == 9", Refused, NotAllowed),
        new("Method on a complex object", "patient.MemberwiseClone() != null", Refused, Forbidden),

        // Dynamic LINQ conveniences that are not in the language.
        new("np null propagation (read as the path)", "np(patient.PsychScreen) != null", Evaluates),
        new("new anonymous object", "new(patient.Age as Age).Age > 1", Refused, BadToken),
        new("new of a framework type", "new System.Net.WebClient() != null", Refused, Trailing),
        new("indexer far out of bounds", "patient.Levels[2147483647].TranslationMm > 3", Evaluates, Outcome: RuleOutcome.Unknown),
        new("negative index", "patient.Levels[-1].TranslationMm > 3 || patient.Levels[-2147483647 - 1].TranslationMm > 3", Evaluates, Outcome: RuleOutcome.Unknown),
        new("indexer on a string", "patient.PsychScreen[0] == \"n\"", Refused, "SPR304"),
        new("indexer with a text key", "patient.Levels[\"0\"].TranslationMm > 3", Refused, "SPR304"),
        new("indexer on an input object", "patient[0] != null", Refused, "SPR304"),
        new("ElementAt", "patient.RedFlags.ElementAt(0) == \"fever\"", Refused, NotAllowed),
        new("Select projecting a type", "patient.Levels.Select(l => l.GetType()).Any()", Refused, Forbidden),
        new("GetEnumerator", "patient.RedFlags.GetEnumerator() != null", Refused, NotAllowed),
        new("Convert.ToInt32 of a number with a fraction (narrowing)", "Convert.ToInt32(patient.Bmi) > 3", Refused, BadArguments),
        new("Convert.ChangeType with a type", "Convert.ChangeType(patient.Age, Type.GetType(\"System.String\")) != null", Refused, NotAllowed),
        new("string.Format", "string.Format(\"{0}\", patient.Age) == \"5\"", Refused, NotAllowed),
        new("string.Concat", "string.Concat(patient.PsychScreen, \"x\") != null", Refused, NotAllowed),
        new("string.Join", "string.Join(\",\", patient.RedFlags) != \"\"", Refused, NotAllowed),
        new("Math.Pow", "Math.Pow(2, 1000) > 0", Refused, NotAllowed),
        new("DateTime.Now without a host clock", "DateTime.Now.Year > 2000", Refused, Forbidden),
        new("Lambda outside a collection method", "(x => x == 1)(1)", Refused),
        new("Lambda capturing a forbidden method", "patient.Levels.Any(l => Environment.Exit(0) == 0)", Refused, Forbidden),
        new("Func", "Func(patient) != null", Refused, Unknown),
        new("Statement separator", "patient.Age > 1; File.Delete(\"x\")", Refused, BadCharacter),
        new("Comment", "patient.Age > 1 /* File */", Refused, BadToken),
        new("String interpolation", "$\"{patient.Age}\" == \"1\"", Refused, BadCharacter),
        new("Verbatim identifier", "@patient.Age > 1", Refused, BadCharacter),
        new("Character literal", "'a' == 'a'", Refused, BadCharacter),
        new("Backslash escape to unicode", "\"\\u0041\" == \"A\"", Refused, "SPR203"),

        // Unicode confusables and Trojan Source characters.
        new("Cyrillic a in the input name", "p\u0430tient.Age > 1", Refused, BadCharacter),
        new("Cyrillic A in a member name", "patient.\u0410ge > 1", Refused, BadCharacter),
        new("Greek omicron in a keyword", "patient.Age > 1 \u03BFr true", Refused),
        new("Fullwidth greater-than", "patient.Age \uFF1E 1", Refused, BadCharacter),
        new("Fullwidth ampersands", "patient.Age > 1 \uFF06\uFF06 true", Refused, BadCharacter),
        new("Fullwidth digits", "patient.Age > \uFF11", Refused, BadCharacter),
        new("Arabic-Indic digit", "patient.Age > \u0661", Refused, BadCharacter),
        new("Zero-width joiner in a name", "pat\u200Dient.Age > 1", Refused, BadCharacter),
        new("Zero-width space between tokens", "patient.Age\u200B > 1", Refused, BadCharacter),
        new("Byte order mark", "\uFEFFpatient.Age > 1", Refused, BadCharacter),
        new("Right-to-left override between tokens", "patient.Age > 1 \u202E && false", Refused, BadCharacter),
        new("Right-to-left override inside a string", "patient.PsychScreen == \"none\u202E \" || true", Refused, BadCharacter),
        new("Bidi isolate inside a string", "patient.PsychScreen == \"\u2066none\u2069\"", Refused, BadCharacter),
        new("NUL character", "patient.Age > 1\u0000", Refused, BadCharacter),
        new("Non-breaking space is whitespace", "patient.Age\u00A0> 1", Evaluates),

        // Numbers: overflow, division by zero, NaN.
        new("Integer literal too large", "99999999999999999999999999999 > 1", Refused, "SPR204"),
        new("Double literal overflows", "patient.Bmi > 1e309", Refused, "SPR204"),
        new("Decimal literal overflows", "79228162514264337593543950336m > 1m", Refused, "SPR204"),
        new("Ten thousand digits", new string('9', 9_990) + " > 1", Refused, "SPR204"),
        new("Constant int overflow", "2147483647 + 1 > 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Input int overflow", "(patient.Age + 2) * 2147483647 * 2147483647 > 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Long overflow", "9223372036854775807 + patient.Age + 1 > 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Decimal overflow", "79228162514264337593543950335m * 2m > 0m", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Integer division by zero", "patient.Age / 0 > 1", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Integer modulo by zero", "patient.Age % 0 == 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Decimal division by zero", "1m / 0m > 0m", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Double division by zero is infinity", "1.0 / 0 > 1e308", Evaluates, Outcome: RuleOutcome.Met),
        new("NaN is not equal to itself", "0.0 / 0 == 0.0 / 0", Evaluates, Outcome: RuleOutcome.NotMet),
        new("Negating the smallest int", "-(-2147483647 - 1) > 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Math.Abs of the smallest int", "Math.Abs(-2147483647 - patient.Age - 1) > 0", Evaluates, Outcome: RuleOutcome.Unknown),
        new("Math.Round with absurd digits", "Math.Round(patient.Age * 1.0, 100) > 0", Refused, "SPR305"),
        new("Overflow inside a collection lambda", "patient.Levels.Any(l => l.MeyerdingGrade * 2147483647 * 2147483647 > 0) || true", Evaluates),

        // Resource bombs.
        new("100,000 nested parentheses", new string('(', 100_000) + "true" + new string(')', 100_000), Refused, "SPR500"),
        new("5,000 nested parentheses", new string('(', 4_990) + "true" + new string(')', 4_990), Refused, "SPR501"),
        new("4,000 negations", new string('!', 4_000) + "true", Refused, "SPR501"),
        new("Long left-associative sum", string.Join(" + ", Enumerable.Repeat("1", 2_000)) + " > 0", Refused, "SPR501"),
        new("Deeply nested lambdas", Nest(60), Refused, "SPR501"),
        new("Long string literal within the limit", "patient.MotorDeficit == \"" + new string('a', 9_000) + "\"", Evaluates, Outcome: RuleOutcome.NotMet),
        new("String literal beyond the length limit", "patient.PsychScreen == \"" + new string('a', 20_000) + "\"", Refused, "SPR500"),
        new("Concatenation chain", string.Join(" + ", Enumerable.Repeat("\"a\"", 1_500)) + " != \"\"", Refused, "SPR501"),
        new("Balanced concatenation of 256 literals", Balanced(8, "\"" + new string('a', 9) + "\"") + " != \"\"", Evaluates, Outcome: RuleOutcome.Met),
        new("Doubling a literal through params", "p40.Length > 0", Refused, "SPR504") { GlobalParams = Doubling("\"" + new string('a', 1_000) + "\"", "+", 40) },
        new("Doubling an input text through params", "p40.Length > 0", Refused, "SPR503") { GlobalParams = Doubling("patient.MotorDeficit", "+", 40) },
        new("Input text doubled within the node limit", "p10.Length > 0", Evaluates, Outcome: RuleOutcome.Unknown)
        {
            GlobalParams = [("p0", "patient.MotorDeficit + \"" + new string('x', 9_000) + "\""), .. Doubling("p0", "+", 10).Skip(1)],
        },
        new("Doubling a number through params", "p60 > 0", Refused, "SPR503") { GlobalParams = Doubling("patient.Age", "*", 60) },
        new("Doubling a condition through params", "p60", Refused, "SPR503") { GlobalParams = Doubling("patient.Age > 1", "&&", 60) },
        new("Param chain deeper than the expanded depth", "q1200 > 0", Refused, "SPR503") { GlobalParams = Chain(1_200) },
        new("Collection bomb through params", "p30", Refused, "SPR503") { GlobalParams = Doubling("patient.Levels.Any(l => l.TranslationMm > 3)", "||", 30) },
    ];

    /// <summary>Params p0 = seed, p(k) = p(k-1) op p(k-1).</summary>
    private static (string, string)[] Doubling(string seed, string op, int steps) =>
        [("p0", seed), .. Enumerable.Range(1, steps).Select(k => ($"p{k}", $"p{k - 1} {op} p{k - 1}"))];

    /// <summary>Params q0 = patient.Age, q(k) = q(k-1) + 1.</summary>
    private static (string, string)[] Chain(int length) =>
        [("q0", "patient.Age"), .. Enumerable.Range(1, length).Select(k => ($"q{k}", $"q{k - 1} + 1"))];

    private static string Nest(int depth) =>
        Enumerable.Range(0, depth).Aggregate("true", (body, i) => $"patient.Levels.Any(l{i} => {body})");

    private static string Balanced(int height, string leaf) => height == 0 ? leaf : $"({Balanced(height - 1, leaf)} + {Balanced(height - 1, leaf)})";
}
