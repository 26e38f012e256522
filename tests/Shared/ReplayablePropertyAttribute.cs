using FsCheck.Xunit;

namespace SpineTriage.TestSupport;

/// <summary>
/// The one way the tests run an FsCheck property: FsCheck.Xunit's <see cref="PropertyAttribute"/> with a fixed seed, so
/// every run generates the same cases and a failure replays, and a case count that follows <see cref="TestDepth"/>
/// (the quick count in the plain <c>dotnet test</c>, the deep count under <c>SPINETRIAGE_DEEP=1</c>, and the count in
/// <see cref="CountVariable"/> when that variable is set). A failure prints its seed as <c>(seed,gamma)</c>; pin it with
/// <c>Replay = "(seed,gamma)"</c> on the attribute to replay exactly that case first.
/// FsCheck calls a property method once per case, so set-up that costs (loading rules, compiling) belongs in a static
/// field or cache, not in the method's body.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class ReplayablePropertyAttribute : PropertyAttribute
{
    /// <summary>The seed every property starts from (FsCheck's <c>(seed,gamma)</c> replay form).</summary>
    public const string SharedReplay = "(20250611,1442695040888963407)";

    /// <summary>The variable whose positive value sets the case count of every fuzz property (a longer fuzz run).</summary>
    public const string FuzzCountVariable = "SPINETRIAGE_FUZZ_ITERATIONS";

    private readonly int quick;
    private readonly int deep;
    private string? countVariable;

    /// <summary>Runs <paramref name="deep"/> cases under SPINETRIAGE_DEEP=1 and a third of them (at least 50, at most all) in the plain run; the plain run's cases are the first cases of the deep run.</summary>
    public ReplayablePropertyAttribute(int deep)
        : this(Math.Min(deep, Math.Max(50, deep / 3)), deep)
    {
    }

    /// <summary>Runs <paramref name="quick"/> cases in the plain run and <paramref name="deep"/> under SPINETRIAGE_DEEP=1.</summary>
    public ReplayablePropertyAttribute(int quick, int deep)
    {
        this.quick = quick;
        this.deep = deep;
        MaxTest = TestDepth.Count(quick, deep);
        Replay = SharedReplay;
    }

    /// <summary>Gets or sets an environment variable whose positive value overrides the case count (a longer fuzz run).</summary>
    public string? CountVariable
    {
        get => countVariable;
        set
        {
            countVariable = value;
            MaxTest = TestDepth.Count(quick, deep, value);
        }
    }
}
