using System.CommandLine;
using System.CommandLine.Parsing;

namespace SpineTriage.Cli;

/// <summary>Path arguments that refuse option-like words, so a mistyped option is a usage error, not a missing file.</summary>
internal static class PathArguments
{
    public static Argument<string[]> Create(string name, string description, ArgumentArity arity) =>
        RefuseOptionLikeWords(new Argument<string[]>(name) { Description = description, Arity = arity });

    public static Argument<string> CreateSingle(string name, string description) =>
        RefuseOptionLikeWords(new Argument<string>(name) { Description = description });

    /// <summary>One optional path argument (a directory), refusing option-like words.</summary>
    public static Argument<string?> CreateOptional(string name, string description) =>
        RefuseOptionLikeWords(new Argument<string?>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne });

    private static T RefuseOptionLikeWords<T>(T argument)
        where T : Argument
    {
        argument.Validators.Add(RefuseOptionLikeWords);
        return argument;
    }

    private static void RefuseOptionLikeWords(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
        {
            result.AddError($"Unrecognized option '{token.Value}'. (A path that starts with '-' can be passed as './{token.Value}'.)");
        }
    }
}
