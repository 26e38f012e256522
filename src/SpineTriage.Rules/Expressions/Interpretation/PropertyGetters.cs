using System.Collections.Concurrent;
using System.Reflection;

namespace SpineTriage.Rules.Expressions.Interpretation;

/// <summary>
/// Property reads for the tree walker as delegates over the getter, one per property for the process: a read through
/// <see cref="PropertyInfo.GetValue(object?)"/> checks its target and arguments on every call. Shown by
/// DefaultPackMissingDataBenchmarks.EngineVerdictsOnly: reflection's invoke was about 2 % of a verdicts-only
/// evaluation's time in a perf profile of the per-case probe's cases near the median (missing-input walks and residuals
/// read members on every Unknown rule). A getter's exception propagates as itself, as with
/// <see cref="BindingFlags.DoNotWrapExceptions"/>.
/// </summary>
internal static class PropertyGetters
{
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Getters = new();

    private static readonly MethodInfo Typed = typeof(PropertyGetters).GetMethod(nameof(ForClass), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The getter of a property: a typed delegate for a class's property with a getter, reflection otherwise.</summary>
    public static Func<object, object?> Of(PropertyInfo property) => Getters.GetOrAdd(property, Make);

    private static Func<object, object?> Make(PropertyInfo property)
    {
        if (property.GetMethod is { IsStatic: false } getter && property.DeclaringType is { IsValueType: false, ContainsGenericParameters: false } declaring
            && property.GetIndexParameters().Length == 0 && !property.PropertyType.IsByRef && !property.PropertyType.IsPointer)
        {
            try
            {
                return (Func<object, object?>)Typed.MakeGenericMethod(declaring, property.PropertyType).Invoke(null, [getter])!;
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or TargetInvocationException)
            {
                // A property type a generic argument cannot be (a by-ref-like type) or a getter a delegate cannot bind: reflection reads it.
            }
        }

        return target => property.GetValue(target, BindingFlags.DoNotWrapExceptions, null, null, null);
    }

    private static Func<object, object?> ForClass<TTarget, TValue>(MethodInfo getter)
        where TTarget : class
    {
        var read = getter.CreateDelegate<Func<TTarget, TValue>>();
        return target => read((TTarget)target);
    }
}
