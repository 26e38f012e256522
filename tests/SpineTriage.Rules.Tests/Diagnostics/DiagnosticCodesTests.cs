using System.Reflection;
using SpineTriage.Rules.Diagnostics;

namespace SpineTriage.Rules.Tests.Diagnostics;

public sealed class DiagnosticCodesTests
{
    private static readonly List<(string Name, string Code)> Codes =
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, (string)f.GetRawConstantValue()!))];

    [Fact]
    public void Every_public_code_is_in_the_catalogue_with_its_meaning()
    {
        var catalogued = DiagnosticCatalog.All.ToDictionary(d => d.Code, StringComparer.Ordinal);

        Assert.NotEmpty(Codes);
        Assert.All(Codes, c => Assert.True(catalogued.ContainsKey(c.Code), $"{c.Name} ({c.Code}) is not in DiagnosticCatalog.All."));
    }

    [Fact]
    public void Codes_are_distinct_and_in_the_engine_scheme()
    {
        Assert.Equal(Codes.Count, Codes.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Codes, c => Assert.Matches("^SPR[0-9]{3}$", c.Code));
    }

    [Fact]
    public void A_malformed_rule_file_reports_the_public_code()
    {
        var options = new RuleSetOptions();
        options.Inputs.Add(new RuleInput("order", typeof(Order)));

        var result = RuleSet.TryLoad([new RuleSource("orders.json", """{"WorkflowName": "Orders", """)], options);

        Assert.Contains(result.Problems, d => d.Code == DiagnosticCodes.MalformedJson && d.File == "orders.json");
    }

    private sealed class Order
    {
        public decimal Total { get; init; }
    }
}
