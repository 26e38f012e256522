using System.Reflection;
using System.Text.Json;

namespace SpineTriage.Tests.Conventions;

/// <summary>Microsoft RulesEngine is the tests' oracle and the benchmarks' peer, never a dependency of a shipped package.</summary>
public sealed class ShippedPackageDependencyTests
{
    private static readonly string[] TestOnlyPackages = ["RulesEngine", "System.Linq.Dynamic.Core", "FastExpressionCompiler"];

    public static TheoryData<string> ShippedProjects => new(Directory.GetDirectories(RepositoryFiles.PathOf("src")).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(ShippedProjects))]
    public void A_shipped_project_has_no_test_only_package_among_its_restored_dependencies(string project)
    {
        // project.assets.json lists every package the project restores, transitive ones included: what `dotnet pack` turns into dependencies.
        using var assets = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("src", project, "obj", "project.assets.json")));
        var packages = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(library => library.Name.Split('/')[0]).ToList();

        Assert.Equal(project, assets.RootElement.GetProperty("project").GetProperty("restore").GetProperty("projectName").GetString());
        Assert.Empty(packages.Intersect(TestOnlyPackages, StringComparer.OrdinalIgnoreCase));
        var projectFile = File.ReadAllText(RepositoryFiles.PathOf("src", project, project + ".csproj"));
        Assert.All(TestOnlyPackages, package => Assert.DoesNotContain($"Include=\"{package}\"", projectFile, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_built_library_assemblies_reference_no_test_only_assembly()
    {
        Assembly[] shipped = [typeof(TriageEngine).Assembly, typeof(Rules.RuleSet).Assembly];

        var references = shipped.SelectMany(assembly => assembly.GetReferencedAssemblies()).Select(name => name.Name!).ToList();

        Assert.Contains("SpineTriage.Rules", references);
        Assert.Empty(references.Intersect(TestOnlyPackages, StringComparer.OrdinalIgnoreCase));
    }
}
