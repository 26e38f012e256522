using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class KleeneLogicProperties
{
    private static readonly Arbitrary<(string A, string B, Person Person)> Pairs =
        TypedExpressionGenerators.Conditions(nullTests: true).Two()
            .SelectMany(pair => PersonGenerators.People.Select(person => (pair.Item1, pair.Item2, person))).ToArbitrary();

    /// <summary>
    /// Each text's compiled predicate, compiled once: a property compares one text with several rewritings of it, and
    /// compiling (binding and emitting a delegate) is most of a case's cost, while the delegate for a text is always the same.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Func<object?[], Truth>> Compiled = new(StringComparer.Ordinal);

    private static Truth Eval(string text, Person person) =>
        Compiled.GetOrAdd(text, t => ExpressionCompiler.CompilePredicate(ExpressionFixture.MustBind(t), TruthMode.ThreeValued))([person, null, null]);

    private static bool Same(Person person, string left, string right)
    {
        try
        {
            return Eval(left, person) == Eval(right, person);
        }
        catch (ArithmeticException)
        {
            // Overflow or an integer division by zero: the engine makes the rule Unknown with the message (each rule has
            // its own try/catch), and which operand of && or || is evaluated first decides whether the other is reached.
            return true;
        }
    }

    [ReplayableProperty(150)]
    public Property De_morgan_laws_hold_with_unknown() =>
        Prop.ForAll(Pairs, c => (Same(c.Person, $"!(({c.A}) && ({c.B}))", $"!({c.A}) || !({c.B})")
            && Same(c.Person, $"not (({c.A}) or ({c.B}))", $"not ({c.A}) and not ({c.B})")).Label($"{c.A} | {c.B}"));

    [ReplayableProperty(150)]
    public Property And_and_or_are_commutative() =>
        Prop.ForAll(Pairs, c => (Same(c.Person, $"({c.A}) && ({c.B})", $"({c.B}) && ({c.A})")
            && Same(c.Person, $"({c.A}) || ({c.B})", $"({c.B}) || ({c.A})")).Label($"{c.A} | {c.B}"));

    [ReplayableProperty(150)]
    public Property Known_values_absorb_and_are_identities() =>
        Prop.ForAll(Pairs, c => (Same(c.Person, $"({c.A}) && true", c.A)
            && Same(c.Person, $"({c.A}) || false", c.A)
            && Same(c.Person, $"({c.A}) && false", "false")
            && Same(c.Person, $"({c.A}) || true", "true")
            && Same(c.Person, $"({c.A}) && (({c.A}) || ({c.B}))", c.A)
            && Same(c.Person, $"({c.A}) || (({c.A}) && ({c.B}))", c.A)).Label($"{c.A} | {c.B}"));

    [ReplayableProperty(150)]
    public Property Double_negation_is_the_identity() =>
        Prop.ForAll(Pairs, c => Same(c.Person, $"not !({c.A})", c.A).Label(c.A));

    [ReplayableProperty(300)]
    public Property Filling_in_missing_data_never_changes_a_known_result() =>
        Prop.ForAll(
            TypedExpressionGenerators.Conditions(nullTests: false).SelectMany(text => PersonGenerators.WithMissingFilledIn.Select(p => (text, p.Before, p.After))).ToArbitrary(),
            c =>
            {
                try
                {
                    var before = Eval(c.text, c.Before);
                    var after = Eval(c.text, c.After);
                    return (before == Truth.Unknown || before == after).Label($"{c.text}: {before} then {after}");
                }
                catch (ArithmeticException)
                {
                    return true.Label("overflow or division by zero");
                }
            });
}
