using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Expressions;

namespace SpineTriage.Rules.Tests.Expressions;

public sealed class BindTotalityProperties
{
    private const string Alphabet = "abxyz_.,()\"\\'?:!=<>&|+-*/% 0123456789emnNOTandorinullpersonAgeSegmentsAny=>$#@[]{}\n\t";

    private static readonly Gen<string> RandomText =
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()), n)).Select(chars => new string(chars));

    private static readonly Gen<string> Mutated = TypedExpressionGenerators.Conditions(nullTests: true).SelectMany(text =>
        Gen.Choose(1, 4).SelectMany(count => Gen.ListOf(Gen.Zip(Gen.Choose(0, 2), Gen.Zip(Gen.Choose(0, 10_000), Gen.Elements(Alphabet.ToCharArray()))), count))
            .Select(edits => edits.Aggregate(text, (current, edit) =>
            {
                var at = current.Length == 0 ? 0 : edit.Item2.Item1 % current.Length;
                return edit.Item1 switch
                {
                    0 => current.Insert(at, edit.Item2.Item2.ToString()),
                    1 when current.Length > 0 => current.Remove(at, 1),
                    _ when current.Length > 0 => current.Remove(at, 1).Insert(at, edit.Item2.Item2.ToString()),
                    _ => current,
                };
            })));

    private static readonly Gen<string> DeepNesting = Gen.Zip(Gen.Elements("(", "!", "-", "not ", "a.Any(x => ", "iif(", "f(", "a ?? ", "a ? b : "), Gen.Choose(50, 30_000))
        .Select(p => string.Concat(Enumerable.Repeat(p.Item1, p.Item2)) + "person.Age" + new string(')', p.Item2 / 2));

    /// <summary>Bind never throws: it returns a tree or adds a diagnostic, and whatever binds also compiles.</summary>
    private static bool BindsOrReports(string text, ExpressionLimits limits)
    {
        var diagnostics = new List<ExpressionDiagnostic>();
        var bound = ExpressionFrontEnd.Bind(text, ExpressionFixture.Environment, limits, diagnostics);
        if (bound is null)
        {
            return diagnostics.Count == 1 && diagnostics[0].Code.StartsWith("SPR", StringComparison.Ordinal) && diagnostics[0].Message.Length > 0;
        }

        if (bound.Type == typeof(bool))
        {
            ExpressionCompiler.CompilePredicate(bound, TruthMode.ThreeValued);
        }
        else
        {
            ExpressionCompiler.CompileValue(bound);
        }

        return diagnostics.Count == 0;
    }

    [ReplayableProperty(2000)]
    public Property Random_text_never_makes_bind_throw() =>
        Prop.ForAll(RandomText.ToArbitrary(), text => BindsOrReports(text, ExpressionLimits.Default).Label(text));

    [ReplayableProperty(1000)]
    public Property Mutations_of_valid_expressions_never_make_bind_throw() =>
        Prop.ForAll(Mutated.ToArbitrary(), text => BindsOrReports(text, ExpressionLimits.Default).Label(text));

    // Each case binds up to 30,000 levels twice: the first 12 cases in the plain test run, all 40 under SPINETRIAGE_DEEP=1.
    [ReplayableProperty(12, 40)]
    public Property Deep_nesting_never_makes_bind_throw_even_without_limits() =>
        Prop.ForAll(DeepNesting.ToArbitrary(), text =>
            (BindsOrReports(text, ExpressionLimits.Default) && BindsOrReports(text, new ExpressionLimits(int.MaxValue, int.MaxValue))).Label(text[..20]));
}
