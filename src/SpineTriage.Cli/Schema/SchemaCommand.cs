using System.CommandLine;
using System.Reflection;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Schema;

/// <summary><c>spinetriage schema case|workflow|tests|references</c>: print a JSON Schema that ships with the tool, for editors and validators.</summary>
internal static class SchemaCommand
{
    /// <summary>The schemas by name: the embedded resource each is read from (the tool's project embeds the repository's files).</summary>
    public static readonly IReadOnlyDictionary<string, string> Schemas = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["case"] = "spinetriage.schemas.case.schema.json",
        ["workflow"] = "spinetriage.schemas.workflow.schema.json",
        ["tests"] = "spinetriage.schemas.tests.schema.json",
        ["references"] = "spinetriage.schemas.references.schema.json",
    };

    public static Command Create(OutputWriter output)
    {
        var name = new Argument<string>("NAME") { Description = "case (a patient case), workflow (a rule file), tests (a rule test file) or references (the bibliography)." };
        name.AcceptOnlyFromAmong([.. Schemas.Keys]);
        var command = new Command("schema", "Print the JSON Schema of a file the project reads, for an editor's completion and validation.") { name };
        command.SetAction(parseResult => Run(parseResult.GetValue(name)!, output));
        return command;
    }

    public static int Run(string name, OutputWriter output)
    {
        using var stream = typeof(SchemaCommand).Assembly.GetManifestResourceStream(Schemas[name])
            ?? throw new InvalidOperationException($"The {name} schema is not embedded in {typeof(SchemaCommand).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        output.Write(reader.ReadToEnd());
        return ExitCodes.Success;
    }
}
