using System.Text.Json;
using SpineTriage.Assessments;
using SpineTriage.Cases.Json;
using SpineTriage.Rules;

namespace SpineTriage.Testing;

/// <summary>
/// Reads the tests out of a parsed test file, collecting every structural problem with its JSON path. An unknown key
/// is a problem, not ignored: a misspelt <c>"reason"</c> would otherwise make an expectation that can never fail.
/// </summary>
internal sealed class RuleTestFileReader(string fileName, string directory)
{
    private const string RedFlagsKey = "redFlags";
    private static readonly string[] FileKeys = ["$schema", "$comment", "tests"];
    private static readonly string[] TestKeys = ["name", "story", "case", "expect"];
    private static readonly string[] ExpectationKeys = ["verdict", "possibleVerdicts", "reasons", "missing", "warnings"];

    public DiagnosticList Problems { get; } = new(TriageProblemCodes.MoreProblems);

    public List<RuleTest> ReadTests(JsonElement root)
    {
        var tests = new List<RuleTest>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tests", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            Problem("$", "The test file must be an object with a \"tests\" array.");
            return tests;
        }

        CheckKeys(root, "$", FileKeys);

        var index = 0;
        foreach (var test in list.EnumerateArray())
        {
            if (ReadTest(test, $"$.tests[{index++}]") is { } read)
            {
                if (tests.Exists(t => t.Name == read.Name))
                {
                    Problem($"$.tests[{index - 1}].name", $"Test name '{read.Name}' is used twice; give each test a unique name.");
                }

                tests.Add(read);
            }
        }

        return tests;
    }

    private RuleTest? ReadTest(JsonElement test, string path)
    {
        CheckKeys(test, path, TestKeys);
        var name = RequiredString(test, "name", path);
        var casePath = RequiredString(test, "case", path);
        if (!test.TryGetProperty("expect", out var expect) || expect.ValueKind != JsonValueKind.Object)
        {
            Problem(path + ".expect", "Each test needs an \"expect\" object (assessment name to expectation, and optionally \"redFlags\").");
            return null;
        }

        var assessments = new List<AssessmentExpectation>();
        IReadOnlyList<string>? redFlags = null;
        foreach (var property in expect.EnumerateObject())
        {
            if (property.Name == RedFlagsKey)
            {
                redFlags = Strings(property.Value, $"{path}.expect.{RedFlagsKey}");
            }
            else if (ReadExpectation(property.Name, property.Value, $"{path}.expect.{property.Name}") is { } expectation)
            {
                assessments.Add(expectation);
            }
        }

        return name is null || casePath is null
            ? null
            : new RuleTest(name, OptionalString(test, "story"), Path.GetFullPath(Path.Combine(directory, casePath)), assessments, redFlags);
    }

    private AssessmentExpectation? ReadExpectation(string assessment, JsonElement expectation, string path)
    {
        if (expectation.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"The expectation for '{assessment}' must be an object with \"verdict\" and optionally \"possibleVerdicts\", \"reasons\", \"missing\" and \"warnings\".");
            return null;
        }

        CheckKeys(expectation, path, ExpectationKeys);
        var verdict = RequiredString(expectation, "verdict", path);
        var reasons = OptionalStrings(expectation, "reasons", path);
        var missing = OptionalStrings(expectation, "missing", path);
        var warnings = OptionalStrings(expectation, "warnings", path);
        var possible = expectation.TryGetProperty("possibleVerdicts", out var possibleValue) ? Strings(possibleValue, $"{path}.possibleVerdicts") : null;
        return verdict is null ? null : new AssessmentExpectation(assessment, verdict, reasons, missing, warnings, possible);
    }

    private void CheckKeys(JsonElement owner, string path, string[] known)
    {
        if (owner.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in owner.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Problem($"{path}.{property.Name}", $"Unknown key \"{property.Name}\".{NameSuggestions.Hint(property.Name, known)} Known keys here: {string.Join(", ", known)}.");
            }
        }
    }

    private string? RequiredString(JsonElement owner, string name, string path)
    {
        if (owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
        {
            return value.GetString();
        }

        Problem($"{path}.{name}", $"\"{name}\" is required and must be a non-empty string.");
        return null;
    }

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private IReadOnlyList<string> OptionalStrings(JsonElement owner, string name, string path) =>
        owner.TryGetProperty(name, out var value) ? Strings(value, $"{path}.{name}") : [];

    private IReadOnlyList<string> Strings(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
        {
            return value.EnumerateArray().Select(v => v.GetString()!).ToArray();
        }

        Problem(path, "This must be an array of strings.");
        return [];
    }

    private void Problem(string jsonPath, string message) =>
        Problems.Add(new Diagnostic(DiagnosticSeverity.Error, TriageProblemCodes.InvalidTest, message) { File = fileName, JsonPath = jsonPath });
}
