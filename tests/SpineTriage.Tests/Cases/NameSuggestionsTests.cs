using SpineTriage.Cases.Json;

namespace SpineTriage.Tests.Cases;

/// <summary>The triage layer's did-you-mean is the engine's (one algorithm): adjacent transpositions count once.</summary>
public sealed class NameSuggestionsTests
{
    [Fact]
    public void Two_swapped_letter_pairs_are_still_a_near_miss()
    {
        // Optimal string alignment distance 2 (within the limit for 7 letters); plain Levenshtein would say 4 and suggest nothing.
        Assert.Equal("smoking", NameSuggestions.Closest("smkoign", ["diabetes", "smoking", "bmi"]));
        Assert.Equal(" Did you mean 'smoking'?", NameSuggestions.Hint("SMKOIGN", ["smoking"]));
    }

    [Fact]
    public void Nothing_near_gives_no_hint()
    {
        Assert.Null(NameSuggestions.Closest("vitamin", ["albumin", "bmi"]));
        Assert.Equal(string.Empty, NameSuggestions.Hint("vitamin", []));
    }
}
