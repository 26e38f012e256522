using System.Reflection;
using SpineTriage.Rules.Expressions.Syntax;

namespace SpineTriage.Rules.Expressions.Binding;

/// <summary>Member access: public instance properties of readable types, string Length, collection Count.</summary>
internal sealed partial class ExpressionBinder
{
    private static readonly HashSet<string> ObjectMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "GetType", "ToString", "Equals", "GetHashCode", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    private BoundExpression BindMemberAccess(MemberAccessSyntax access)
    {
        if (access.Target is IdentifierSyntax { Name: var typeName } && typeName.Equals("DateTime", StringComparison.OrdinalIgnoreCase)
            && _environment.Resolve(typeName, typeName) is null && LambdaVariableNamed(typeName) is null && DateFunctions.ClockReadingNamed(access.Member) is { } reading)
        {
            return BindClockReading(reading, access);
        }

        if (access.Target is IdentifierSyntax root && IsStaticClassName(root.Name))
        {
            throw Error(ExpressionDiagnosticCodes.MethodNotAllowed,
                $"'{TextOf(access)}' is not available; from {root.Name} only the whitelisted functions can be called (string.IsNullOrEmpty, Math.Abs, Math.Min, Math.Max, Math.Round).", access);
        }

        return BindMemberOf(BindNode(access.Target), access.Member, access, TextOf(access));
    }

    /// <summary>The member <paramref name="name"/> of a bound target (a member access, or a name read from the implicit 'it').</summary>
    private BoundExpression BindMemberOf(BoundExpression target, string name, SyntaxNode access, string text)
    {
        if (ObjectMethods.Contains(name) || ForbiddenNames.Contains(name) && !HasProperty(target.Type, name))
        {
            throw Forbidden(name, access);
        }

        if (target.Type == typeof(string) && name.Equals("Length", StringComparison.OrdinalIgnoreCase))
        {
            return new BoundStringCall(StringMethod.Length, target, null, text);
        }

        if (CollectionShape.Of(target.Type) is { } shape)
        {
            return name.Equals("Count", StringComparison.OrdinalIgnoreCase) || (shape.IsArray && name.Equals("Length", StringComparison.OrdinalIgnoreCase))
                ? _environment.Collection(new BoundCollectionCall(CollectionMethod.Count, target, shape, null, null, typeof(int), text))
                : throw Error(ExpressionDiagnosticCodes.UnknownMember,
                    $"Unknown member '{name}' on the collection '{target.Text}'. Use Count, or a method: {string.Join(", ", CollectionMethods)}.", access);
        }

        if (TypeRules.IsScalar(target.Type))
        {
            if (name is not ("HasValue" or "Value") && BindDateMember(target, name, access, text) is { } part)
            {
                return part;
            }

            return name switch
            {
                "HasValue" when target.Type.IsValueType => new BoundNullTest(NullTestKind.IsNotNull, target, text),
                "Value" when target.Type.IsValueType => target,
                _ => throw Error(ExpressionDiagnosticCodes.UnknownMember,
                    $"Unknown member '{name}': '{target.Text}' is {TypeRules.Describe(target.Type)}, which has no members to read here.", access),
            };
        }

        var property = FindProperty(target.Type, name, access);
        if (!TypeRules.IsReadable(property.PropertyType))
        {
            throw Error(ExpressionDiagnosticCodes.UnreadableType,
                $"Member '{property.Name}' of {target.Type.Name} has type {TypeRules.Describe(property.PropertyType)}, which expressions cannot read.", access);
        }

        return Widen(_environment.Member(target, property, text));
    }

    /// <summary><c>list[i]</c>: an element of an array or list, by an int index; out of bounds is missing, never an exception.</summary>
    private BoundExpression BindIndex(IndexSyntax index)
    {
        var target = BindNode(index.Target);
        if (CollectionShape.Of(target.Type) is not { } shape || !(shape.IsArray || shape.Indexer is not null))
        {
            throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"'{target.Text}' is {TypeRules.Describe(target.Type)}; only arrays and lists can be indexed, such as lines[0].", index);
        }

        if (!TypeFacts.Of(shape.ElementType).IsScalarOrObject)
        {
            throw Error(ExpressionDiagnosticCodes.UnreadableType, $"The elements of '{target.Text}' have type {TypeRules.Describe(shape.ElementType)}, which expressions cannot read.", index);
        }

        var position = BindNode(index.Index);
        if (position.Type != typeof(int))
        {
            throw Error(ExpressionDiagnosticCodes.TypeMismatch,
                $"The index '{TextOf(index.Index)}' is {TypeRules.Describe(position.Type)}, but an index is a whole number (int), such as [0].", index.Index);
        }

        return Widen(new BoundElementAt(target, shape, position, TextOf(index)));
    }

    private static bool IsStaticClassName(string name) =>
        name.Equals("Math", StringComparison.OrdinalIgnoreCase) || name.Equals("string", StringComparison.OrdinalIgnoreCase);

    private static bool HasProperty(Type type, string name) => TypeFacts.Of(type).IgnoringCase(name).Length > 0;

    /// <summary>Exact case first, then ignoring case (as RulesEngine matches members); two case-insensitive matches are ambiguous.</summary>
    private static PropertyInfo FindProperty(Type type, string name, SyntaxNode at)
    {
        var facts = TypeFacts.Of(type);
        if (facts.Exact(name) is { } exact)
        {
            return exact;
        }

        var loose = facts.IgnoringCase(name);
        if (loose.Length > 1)
        {
            throw Error(ExpressionDiagnosticCodes.AmbiguousName,
                $"'{name}' matches several members of {type.Name} that differ only in case ({string.Join(", ", loose)}); write the exact case.", at);
        }

        if (loose.Length == 1)
        {
            return facts.Exact(loose[0])!;
        }

        var known = facts.Properties.Select(p => p.Name).Order(StringComparer.Ordinal);
        throw Error(ExpressionDiagnosticCodes.UnknownMember, $"Unknown member '{name}' on {type.Name}.{DidYouMean.Phrase(name, known, "Its members are")}", at);
    }
}
