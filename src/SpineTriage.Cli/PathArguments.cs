using System.CommandLine;

namespace SpineTriage.Cli;

/// <summary>Path arguments that refuse option-like words, so a mistyped option is a usage error, not a missing file.</summary>
internal static class PathArguments
{
    public static Argument<string[]> Create(string name, string description, ArgumentArity arity)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = arity };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'. (A file whose name starts with '-' can be passed as './{token.Value}'.)");
            }
        });
        return argument;
    }

    /// <summary>One optional path argument (a directory), refusing option-like words like <see cref="Create"/>.</summary>
    public static Argument<string?> CreateOptional(string name, string description)
    {
        var argument = new Argument<string?>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}'. (A directory whose name starts with '-' can be passed as './{token.Value}'.)");
            }
        });
        return argument;
    }
}
