using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace SpineTriage.Rules.Inputs;

/// <summary>
/// The CLR type an object shape is read as: a public sealed class with one public property per member (a nullable
/// scalar, a nested class, or a <see cref="List{T}"/> of either), emitted once per distinct shape and kept for the
/// process's life (a shape loaded again, by a reload, gets the same type). Data only: the emitted methods are the
/// properties' getters and setters, nothing a rule could call.
/// </summary>
internal static class ShapeTypes
{
    private static readonly ModuleBuilder Module = AssemblyBuilder
        .DefineDynamicAssembly(new AssemblyName("SpineTriage.Rules.DynamicInputs"), AssemblyBuilderAccess.Run)
        .DefineDynamicModule("SpineTriage.Rules.DynamicInputs");

    private static readonly ConcurrentDictionary<(string Name, JsonShape Shape), Type> Built = new(new ShapeKeyComparer());
    private static readonly ConcurrentDictionary<Type, bool> Emitted = new();
    private static readonly object Emitting = new();
    private static int s_count;

    /// <summary>Whether a type is one this class emitted (an input read from JSON, or an object in one).</summary>
    public static bool IsShapeType(Type type) => Emitted.ContainsKey(type);

    /// <summary>The type of an object shape; <paramref name="name"/> names it in messages (an input's name, a member path).</summary>
    public static Type Of(string name, JsonObjectShape shape)
    {
        if (Built.TryGetValue((name, shape), out var type))
        {
            return type;
        }

        lock (Emitting)
        {
            return Built.GetOrAdd((name, shape), key => Emit(key.Name, (JsonObjectShape)key.Shape));
        }
    }

    /// <summary>The CLR type of any shape: scalars as their nullable types, objects as emitted classes, arrays as lists.</summary>
    public static Type ClrType(string name, JsonShape shape) => shape switch
    {
        JsonScalar scalar => scalar.ClrType,
        JsonObjectShape nested => Of(name, nested),
        JsonArrayShape array => typeof(List<>).MakeGenericType(ClrType(name + "Item", array.Items)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static Type Emit(string name, JsonObjectShape shape)
    {
        var builder = Module.DefineType($"{Sanitize(name)}_{Interlocked.Increment(ref s_count)}", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        builder.DefineDefaultConstructor(MethodAttributes.Public);
        foreach (var (member, memberShape) in shape.Properties)
        {
            var type = ClrType($"{name}_{member}", memberShape);
            var field = builder.DefineField("_" + member, type, FieldAttributes.Private);
            var property = builder.DefineProperty(member, PropertyAttributes.None, type, null);
            const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;

            var getter = builder.DefineMethod("get_" + member, accessor, type, Type.EmptyTypes);
            var il = getter.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldfld, field);
            il.Emit(OpCodes.Ret);
            property.SetGetMethod(getter);

            var setter = builder.DefineMethod("set_" + member, accessor, null, [type]);
            il = setter.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Stfld, field);
            il.Emit(OpCodes.Ret);
            property.SetSetMethod(setter);
        }

        var created = builder.CreateType();
        Emitted[created] = true;
        return created;
    }

    private static string Sanitize(string name) => new([.. name.Select(c => char.IsLetterOrDigit(c) ? c : '_')]);

    /// <summary>Shapes compare by value (records, with their member lists compared element by element).</summary>
    private sealed class ShapeKeyComparer : IEqualityComparer<(string Name, JsonShape Shape)>
    {
        public bool Equals((string Name, JsonShape Shape) x, (string Name, JsonShape Shape) y) => x.Name == y.Name && Same(x.Shape, y.Shape);

        public int GetHashCode((string Name, JsonShape Shape) obj) => HashCode.Combine(obj.Name, Hash(obj.Shape));

        private static bool Same(JsonShape a, JsonShape b) => (a, b) switch
        {
            (JsonScalar x, JsonScalar y) => x.Kind == y.Kind,
            (JsonArrayShape x, JsonArrayShape y) => Same(x.Items, y.Items),
            (JsonObjectShape x, JsonObjectShape y) => x.Properties.Count == y.Properties.Count
                && x.Properties.Zip(y.Properties).All(p => p.First.Name == p.Second.Name && Same(p.First.Shape, p.Second.Shape)),
            _ => false,
        };

        private static int Hash(JsonShape shape) => shape switch
        {
            JsonScalar scalar => (int)scalar.Kind,
            JsonArrayShape array => HashCode.Combine(17, Hash(array.Items)),
            JsonObjectShape obj => obj.Properties.Aggregate(31, (h, p) => HashCode.Combine(h, p.Name, Hash(p.Shape))),
            _ => 0,
        };
    }
}
