using System.Reflection;
using PublicApiGenerator;

namespace SpineTriage.Tests.PublicApi;

/// <summary>
/// Prints an assembly's public surface as C# declarations (PublicApiGenerator): nullability, defaults, attributes that
/// matter to callers and inheritance included, sorted and stable, so any change to the surface is a diff of the approved
/// file. Assembly-level attributes are left out (they hold build details, not API).
/// </summary>
internal static class PublicApiPrinter
{
    public static string Print(Assembly assembly, params Type[] only) =>
        assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeTypes = only.Length > 0 ? only : null,
            IncludeAssemblyAttributes = false,
        }).ReplaceLineEndings("\n");
}
