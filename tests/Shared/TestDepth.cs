namespace SpineTriage.TestSupport;

/// <summary>
/// How deep the heavy tests go. The plain <c>dotnet test</c> runs a quick default (the whole suite in about a minute
/// after build); <c>SPINETRIAGE_DEEP=1</c> (set by <c>.ci/deep</c>) runs the deep setting of every heavy test, and a
/// test's own variable, when set to a positive number, overrides both.
/// </summary>
internal static class TestDepth
{
    /// <summary>The environment variable that selects the deep setting of every heavy test.</summary>
    public const string DeepVariable = "SPINETRIAGE_DEEP";

    /// <summary>Gets a value indicating whether the deep settings are selected.</summary>
    public static bool IsDeep => Environment.GetEnvironmentVariable(DeepVariable) == "1";

    /// <summary>The count a heavy test runs: <paramref name="variable"/>'s value when set, else the deep or the quick count.</summary>
    public static int Count(int quick, int deep, string? variable = null) =>
        variable is not null && int.TryParse(Environment.GetEnvironmentVariable(variable), out var n) && n > 0
            ? n
            : IsDeep ? deep : quick;
}
