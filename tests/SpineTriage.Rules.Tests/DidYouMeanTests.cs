namespace SpineTriage.Rules.Tests;

/// <summary>The public did-you-mean: the close candidates of a misspelt name, closest first, ignoring case.</summary>
public sealed class DidYouMeanTests
{
    [Fact]
    public void A_transposition_or_a_typo_finds_the_name_meant_closest_first()
    {
        Assert.Equal(["Age"], DidYouMean.Closest("Agee", ["Age", "Score", "Name"]));
        Assert.Equal(["Score", "Scope"], DidYouMean.Closest("SCROE", ["Scope", "Score", "Age"]));
    }

    [Fact]
    public void A_name_far_from_every_candidate_finds_none()
    {
        Assert.Empty(DidYouMean.Closest("vitamin", ["albumin", "bmi"]));
        Assert.Empty(DidYouMean.Closest("anything", []));
    }

    [Fact]
    public void At_most_three_candidates_are_returned_ties_in_ordinal_order()
    {
        Assert.Equal(["Ab", "Ac", "Ad"], DidYouMean.Closest("Aa", ["Ae", "Ad", "Ac", "Ab"]));
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => DidYouMean.Closest(null!, ["Age"]));
        Assert.Throws<ArgumentNullException>(() => DidYouMean.Closest("Age", null!));
    }
}
