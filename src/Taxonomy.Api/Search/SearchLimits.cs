namespace Taxonomy.Api.Search;

/// <summary>What one search may cost, in the <c>Taxonomy:Search</c> section of the configuration.</summary>
public sealed class SearchLimits
{
    public const string Section = "Taxonomy:Search";

    /// <summary>
    /// The most a query may cost before it runs (see <see cref="SearchSyntax.CostOf"/>): a word or
    /// phrase costs 1, a prefix more the shorter it is. Beyond it, 400.
    /// </summary>
    public int MaxCost { get; set; } = 32;

    /// <summary>The time SQLite may spend on one search's queries; when it runs out, 503 with Retry-After.</summary>
    public int TimeBudgetMilliseconds { get; set; } = 2000;
}
