using System.Reflection;
using SpineTriage.TestSupport;
using Xunit.Sdk;

[assembly: HangWatchdog]

namespace SpineTriage.TestSupport;

/// <summary>Tells <see cref="HangWatchdog"/> when each test of the assembly starts and ends.</summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class HangWatchdogAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => HangWatchdog.Started(Name(methodUnderTest));

    public override void After(MethodInfo methodUnderTest) => HangWatchdog.Finished(Name(methodUnderTest));

    private static string Name(MethodInfo method) => $"{method.DeclaringType?.FullName}.{method.Name}";
}
