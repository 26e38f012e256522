namespace SpineTriage.Rules;

/// <summary>A truth value of three-valued (Kleene) logic.</summary>
public enum Truth : byte
{
    /// <summary>The condition is known to be false.</summary>
    False = 0,

    /// <summary>The condition is known to be true.</summary>
    True = 1,

    /// <summary>The condition read data that is missing, so it can be neither true nor false yet.</summary>
    Unknown = 2,
}
