namespace SpineTriage.Tests.Conformance;

#pragma warning disable CA1819 // the corpus inputs are data shapes, as RulesEngine users pass them

/// <summary>A customer, in the shape of RulesEngine's own test inputs (country, loyalty factor, purchases), with nested, list, enum and nullable members.</summary>
public sealed class Customer
{
    public string? Country { get; set; }

    public int? LoyaltyFactor { get; set; }

    public int? TotalPurchasesToDate { get; set; }

    public double? Score { get; set; }

    public double Balance { get; set; }

    public bool Boolean { get; set; }

    public bool? Verified { get; set; }

    public string? Property1 { get; set; }

    public CustomerTier? Tier { get; set; }

    public CustomerTier Segment { get; set; }

    public Address? Address { get; set; }

    public List<Purchase>? Purchases { get; set; }

    public List<CustomerTag>? Tags { get; set; }

    public Func<bool>? Method { get; set; }

    public DateTime JoinedOn { get; set; }
}

/// <summary>A nested object of <see cref="Customer"/>.</summary>
public sealed class Address
{
    public string? City { get; set; }

    public int? PostCode { get; set; }
}

/// <summary>A list element of <see cref="Customer"/>.</summary>
public sealed class Purchase
{
    public double? Amount { get; set; }

    public string? Category { get; set; }
}

/// <summary>The second input of RulesEngine's multi-input test workflows.</summary>
public sealed class Orders
{
    public int? TotalOrders { get; set; }
}

/// <summary>The third input of RulesEngine's multi-input test workflows.</summary>
public sealed class Visits
{
    public int? NoOfVisitsPerMonth { get; set; }
}

/// <summary>A time-stamped reading, as in RulesEngine's activation/deactivation test workflow.</summary>
public sealed class Reading
{
    public double Value { get; set; }

    public DateTime ChangeDateTime { get; set; }
}

/// <summary>An enum compared by name.</summary>
public enum CustomerTier
{
    Bronze,
    Silver,
    Gold,
}

/// <summary>An enum held in a list.</summary>
public enum CustomerTag
{
    Churned,
    Vip,
    Wholesale,
}

/// <summary>A static helper in the shape of RulesEngine's <c>CustomTypes</c> test utility.</summary>
public static class CorpusUtils
{
    public static bool CheckExists(string? value) => !string.IsNullOrEmpty(value);
}
