// Two public surfaces that differ only by a '?', for PublicApiApprovalTests.
namespace SpineTriage.Tests.PublicApi.NotNullSurface
{
    /// <summary>A name that is never null.</summary>
    public sealed class Sample(string name)
    {
        /// <summary>Gets the name.</summary>
        public string Name { get; } = name;
    }
}

namespace SpineTriage.Tests.PublicApi.NullableSurface
{
    /// <summary>A name that may be null.</summary>
    public sealed class Sample(string? name)
    {
        /// <summary>Gets the name, or null.</summary>
        public string? Name { get; } = name;
    }
}
