using SpineTriage.Cases;
using SpineTriage.Hostile;
using SpineTriage.Testing;

namespace SpineTriage.Tests.Reliability;

// Issue 12, item 2: every file the triage layer opens (cases, rule tests) goes through one bounded reader.
public sealed class HostileFileReadingTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("spinetriage-files-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(HostileFileKind.LinkToDevZero, "SPC003", "character device")]
    [InlineData(HostileFileKind.LinkToDevUrandom, "SPC003", "character device")]
    [InlineData(HostileFileKind.Fifo, "SPC003", "FIFO")]
    [InlineData(HostileFileKind.LinkLoop, "SPC003", "link loop")]
    [InlineData(HostileFileKind.BrokenLink, "SPC003", "broken symbolic link")]
    public void A_case_file_that_is_not_regular_is_a_located_problem(HostileFileKind kind, string code, string message)
    {
        var path = new HostileFile("case.json", code, kind).WriteTo(_directory);

        var read = BoundedRun.Within(Bound, "Reading the case", () => PatientCaseJson.ReadFile(path));

        var problem = Assert.Single(read.Problems);
        Assert.Equal((code, path, 1, 1, "$"), (problem.Code, problem.File, problem.Line, problem.Column, problem.JsonPath));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_file_over_one_mebibyte_is_read_no_further()
    {
        var path = Path.Combine(_directory, "big.json");
        File.WriteAllText(path, "{" + new string(' ', 2 * 1024 * 1024) + "}");

        var problem = Assert.Single(PatientCaseJson.ReadFile(path).Problems);

        Assert.Equal("SPC002", problem.Code);
    }

    [Fact]
    public void A_rule_test_whose_case_is_a_fifo_is_a_difference_not_a_hang()
    {
        new HostileFile("pipe.json", "", HostileFileKind.Fifo).WriteTo(_directory);
        var tests = RuleTestFile.Parse("""{ "tests": [ { "name": "pipe", "case": "pipe.json", "expect": {} } ] }""", Path.Combine(_directory, "p.tests.json"));

        var run = BoundedRun.Within(Bound, "The rule test", () => RuleTestRunner.Run(tests, Triage.TestCases.DefaultEngine));

        Assert.Contains("FIFO", Assert.Single(run.Results[0].Differences), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_test_file_that_is_a_link_to_dev_zero_is_a_located_problem()
    {
        var path = new HostileFile("zero.tests.json", "", HostileFileKind.LinkToDevZero).WriteTo(_directory);

        var thrown = BoundedRun.Within(Bound, "Loading the test file", () => Assert.Throws<RuleTestFileException>(() => RuleTestFile.Load(path)));

        Assert.Equal(("SPT103", path), (thrown.Problems[0].Code, thrown.Problems[0].File));
    }
}
