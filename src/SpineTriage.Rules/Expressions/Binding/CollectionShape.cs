using System.Reflection;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>
/// How to walk a collection without allocating: arrays by index, lists (IReadOnlyList, IList, List) by Count and the
/// indexer, anything else by its enumerator.
/// </summary>
internal sealed class CollectionShape
{
    private CollectionShape(Type collectionType, Type elementType, MethodInfo? count, MethodInfo? indexer)
    {
        CollectionType = collectionType;
        ElementType = elementType;
        CountGetter = count;
        Indexer = indexer;
    }

    public Type CollectionType { get; }

    public Type ElementType { get; }

    public bool IsArray => CollectionType.IsArray;

    /// <summary>Count getter and int indexer when the collection is a list; null for arrays and plain enumerables.</summary>
    public MethodInfo? CountGetter { get; }

    public MethodInfo? Indexer { get; }

    public Type EnumerableType => typeof(IEnumerable<>).MakeGenericType(ElementType);

    /// <summary>The shape of a collection type (worked out once per type); null when the type is not a collection.</summary>
    public static CollectionShape? Of(Type type) => TypeFacts.Of(type).Shape;

    /// <summary>Works the shape out (see <see cref="TypeFacts"/>, which keeps it).</summary>
    public static CollectionShape? Create(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetArrayRank() == 1 ? new CollectionShape(type, type.GetElementType()!, null, null) : null;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is null)
        {
            return null;
        }

        var element = enumerable.GetGenericArguments()[0];
        var (count, indexer) = ListAccess(type, element);
        return new CollectionShape(type, element, count, indexer);
    }

    private static (MethodInfo? Count, MethodInfo? Indexer) ListAccess(Type type, Type element)
    {
        var own = (Count: type.GetProperty("Count", BindingFlags.Public | BindingFlags.Instance, null, typeof(int), Type.EmptyTypes, null),
            Item: type.GetProperty("Item", BindingFlags.Public | BindingFlags.Instance, null, element, [typeof(int)], null));
        if (!type.IsInterface && own.Count?.GetMethod is { } ownCount && own.Item?.GetMethod is { } ownItem)
        {
            return (ownCount, ownItem);
        }

        foreach (var list in new[] { typeof(IReadOnlyList<>), typeof(IList<>) })
        {
            var listType = list.MakeGenericType(element);
            if (!listType.IsAssignableFrom(type))
            {
                continue;
            }

            var collection = (list == typeof(IList<>) ? typeof(ICollection<>) : typeof(IReadOnlyCollection<>)).MakeGenericType(element);
            return (collection.GetProperty("Count")!.GetMethod, listType.GetProperty("Item")!.GetMethod);
        }

        return (null, null);
    }
}
