using System.Reflection;
using System.Runtime.CompilerServices;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// What binding needs to know about a CLR type, worked out once per type and shared by every load (types are keyed
/// weakly, so a collectible host assembly can still unload): its collection shape, whether expressions can read it,
/// and its readable properties by name. Reflection allocates on every call; a rule set reads the same few types
/// thousands of times.
/// </summary>
internal sealed class TypeFacts
{
    private static readonly ConditionalWeakTable<Type, TypeFacts> Known = new();

    private readonly Type _type;
    private PropertyInfo[]? _properties;
    private Dictionary<string, PropertyInfo>? _exact;
    private Dictionary<string, string[]>? _ignoringCase;

    private TypeFacts(Type type)
    {
        _type = type;
        Underlying = Nullable.GetUnderlyingType(type) ?? type;
        Shape = CollectionShape.Create(type);
        IsScalar = TypeRules.IsScalarType(type);
        IsScalarOrObject = IsScalar || TypeRules.IsReadableObject(type);
        IsReadable = IsScalarOrObject || (Shape is { } shape && (TypeRules.IsScalarType(shape.ElementType) || TypeRules.IsReadableObject(shape.ElementType)));
    }

    /// <summary>Gets the type, or T for Nullable&lt;T&gt;.</summary>
    public Type Underlying { get; }

    /// <summary>Gets a value indicating whether the type is a scalar (see <see cref="TypeRules.IsScalar"/>).</summary>
    public bool IsScalar { get; }

    /// <summary>Gets a value indicating whether the type is a scalar or a readable host object (what a collection's elements must be).</summary>
    public bool IsScalarOrObject { get; }

    /// <summary>Gets how to walk the type as a collection; null when it is not one.</summary>
    public CollectionShape? Shape { get; }

    /// <summary>Gets a value indicating whether expressions can read values of the type (see <see cref="TypeRules.IsReadable"/>).</summary>
    public bool IsReadable { get; }

    /// <summary>Gets the public instance properties with a public getter and no index parameters.</summary>
    public PropertyInfo[] Properties => _properties ??= ReadProperties(_type);

    public static TypeFacts Of(Type type) => Known.GetValue(type, static t => new TypeFacts(t));

    /// <summary>The property of exactly this name; of several (a hiding property), the one the type declares itself.</summary>
    public PropertyInfo? Exact(string name)
    {
        if (_exact is null)
        {
            var exact = new Dictionary<string, PropertyInfo>(StringComparer.Ordinal);
            foreach (var property in Properties)
            {
                if (!exact.TryGetValue(property.Name, out var known) || (known.DeclaringType != _type && property.DeclaringType == _type))
                {
                    exact[property.Name] = property;
                }
            }

            _exact = exact;
        }

        return _exact.GetValueOrDefault(name);
    }

    /// <summary>The distinct names of the properties that match ignoring case, in declaration order; empty when none.</summary>
    public string[] IgnoringCase(string name)
    {
        if (_ignoringCase is null)
        {
            var names = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in Properties)
            {
                var known = names.GetValueOrDefault(property.Name, []);
                if (Array.IndexOf(known, property.Name) < 0)
                {
                    names[property.Name] = [.. known, property.Name];
                }
            }

            _ignoringCase = names;
        }

        return _ignoringCase.GetValueOrDefault(name, []);
    }

    private static PropertyInfo[] ReadProperties(Type type)
    {
        var readable = new List<PropertyInfo>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            {
                readable.Add(property);
            }
        }

        return [.. readable];
    }
}
