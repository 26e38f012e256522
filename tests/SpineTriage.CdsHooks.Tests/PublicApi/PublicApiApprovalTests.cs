using SpineTriage.Tests.PublicApi;

namespace SpineTriage.CdsHooks.Tests.PublicApi;

/// <summary>
/// Locks the public surface of SpineTriage.CdsHooks: a change must come with a change to the checked-in approved file. To
/// accept a deliberate change, run the tests with SPINETRIAGE_APPROVE_API=1 and commit the rewritten file.
/// </summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        var actual = PublicApiPrinter.Print(typeof(SpineTriageCdsHooksExtensions).Assembly);
        var approvedPath = Path.Combine(CdsRequests.Root, "tests", "SpineTriage.CdsHooks.Tests", "PublicApi", "SpineTriage.CdsHooks.approved.txt");
        if (Environment.GetEnvironmentVariable("SPINETRIAGE_APPROVE_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        Assert.True(File.Exists(approvedPath), $"No approved API file at {approvedPath}; run with SPINETRIAGE_APPROVE_API=1 to create it.");
        Assert.Equal(File.ReadAllText(approvedPath), actual);
    }
}
