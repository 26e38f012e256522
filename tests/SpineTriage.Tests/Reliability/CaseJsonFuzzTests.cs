using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Cases;
using SpineTriage.Tests.Triage;

namespace SpineTriage.Tests.Reliability;

// Damaged case JSON (byte flips, truncation, duplicated keys, wrong types, huge numbers, NaN, nulls anywhere): a located problem list, never a crash.
public sealed class CaseJsonFuzzTests
{
    private static readonly string[] Seeds = [.. RepositoryFiles.JsonFiles("seeds").Select(File.ReadAllText)];

    private static readonly string[] Replacements =
    [
        "null", "NaN", "Infinity", "-Infinity", "1e999999", "-1e309", "123456789012345678901234567890", "-1", "1.5", "true", "\"\"", "[]", "{}",
        "[null]", "\"\\ud800\"", "\"L4-L5\"", "\"notAnEnum\"", new string('[', 40) + new string(']', 40), "2147483648",
    ];

    // Damaged cases: 700 in the plain test run, 2,000 under SPINETRIAGE_DEEP=1, or SPINETRIAGE_FUZZ_ITERATIONS.
    [ReplayableProperty(quick: 700, deep: 2_000, CountVariable = ReplayablePropertyAttribute.FuzzCountVariable)]
    public Property Damaged_case_json_is_refused_with_located_problems_or_evaluated()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed => Damage(new Random(seed)));

        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var result = PatientCaseJson.Read(json, "case.json");
            Assert.All(result.Problems, p => Assert.True(p.File == "case.json" && p.Line > 0 && p.Column > 0 && p.JsonPath is not null, p.ToString()));
            Assert.Equal(result.Succeeded, result.Problems.Count == 0);
            try
            {
                var report = TestCases.DefaultEngine.Evaluate(json);
                Assert.True(result.Succeeded, "The engine accepted a case the reader refused.");
                Assert.Equal(TestCases.DefaultEngine.RuleSetHash, report.RuleSetHash);
            }
            catch (CaseValidationException exception)
            {
                Assert.False(result.Succeeded);
                Assert.Equal(result.Problems.Select(Located), exception.Problems.Select(Located));
            }
        });
    }

    private static string Located(Rules.Diagnostic problem) => $"{problem.Line}:{problem.Column} {problem.Code} {problem.JsonPath} {problem.Message}";

    private static string Damage(Random random)
    {
        var json = Seeds[random.Next(Seeds.Length)];
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            json = random.Next(5) switch
            {
                0 => Flip(json, random),
                1 => json[..random.Next(json.Length + 1)],
                2 => DuplicateKey(json, random),
                _ => ReplaceValue(json, random),
            };
        }

        return json;
    }

    private static string Flip(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > 0)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string DuplicateKey(string json, Random random)
    {
        var colon = json.IndexOf("\":", random.Next(json.Length + 1), StringComparison.Ordinal);
        if (colon < 0)
        {
            return json;
        }

        var open = json.LastIndexOf('"', colon - 1);
        var end = json.IndexOfAny([',', '}'], colon);
        return open < 0 || end < 0 ? json : json.Insert(end, "," + json[open..end]);
    }

    /// <summary>Replaces the value after a random property name with a hostile one.</summary>
    private static string ReplaceValue(string json, Random random)
    {
        var colon = json.IndexOf("\":", random.Next(json.Length + 1), StringComparison.Ordinal);
        if (colon < 0)
        {
            return json;
        }

        var start = colon + 2;
        var end = json.IndexOfAny([',', '}', '\n'], start);
        return end < 0 ? json : string.Concat(json.AsSpan(0, start), " ", Replacements[random.Next(Replacements.Length)], json.AsSpan(end));
    }
}
