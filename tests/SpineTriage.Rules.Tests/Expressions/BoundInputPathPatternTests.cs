using SpineTriage.Rules.Expressions.Binding;

namespace SpineTriage.Rules.Tests.Expressions;

/// <summary><see cref="BoundInputPaths.HasPattern"/> answers as comparing with <see cref="BoundInputPaths.Pattern"/> does, without building the pattern.</summary>
public sealed class BoundInputPathPatternTests
{
    [Theory]
    [InlineData("patient.Age", "patient.Age")]
    [InlineData("patient.Age", "patient.AgeYears")]
    [InlineData("patient.AgeYears", "patient.Age")]
    [InlineData("imaging.Levels[0].AngulationDeg", "imaging.Levels[].AngulationDeg")]
    [InlineData("imaging.Levels[12].AngulationDeg", "imaging.Levels[].AngulationDeg")]
    [InlineData("imaging.Levels[1].AngulationDeg", "imaging.Levels[].TranslationMm")]
    [InlineData("imaging.Levels[1]", "imaging.Levels[]")]
    [InlineData("imaging.Levels[1]", "imaging.Levels[].AngulationDeg")]
    [InlineData("imaging.Levels", "imaging.Levels[]")]
    [InlineData("imaging.Levels[]", "imaging.Levels[]")]
    [InlineData("care.Injections[2].Levels[0].Name", "care.Injections[].Levels[].Name")]
    [InlineData("care.Injections[2].Levels[0].Name", "care.Injections[].Levels[0].Name")]
    [InlineData("", "")]
    [InlineData("a", "")]
    public void A_path_has_a_pattern_exactly_when_its_pattern_is_that_pattern(string path, string pattern) =>
        Assert.Equal(BoundInputPaths.Pattern(path) == pattern, BoundInputPaths.HasPattern(path, pattern));
}
