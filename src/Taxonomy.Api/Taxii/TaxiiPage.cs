using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>A page of object versions, in the order they were added.</summary>
/// <param name="Items">The versions on the page.</param>
/// <param name="More">Whether more match.</param>
/// <param name="Next">Where the next page starts, when there is one.</param>
public sealed record TaxiiPage(IReadOnlyList<TaxiiItem> Items, bool More, TaxiiCursor? Next)
{
    public const string DateAddedFirstHeader = "X-TAXII-Date-Added-First";
    public const string DateAddedLastHeader = "X-TAXII-Date-Added-Last";

    public string? NextText => More ? Next?.ToString() : null;

    /// <summary>X-TAXII-Date-Added-First and -Last (TAXII 2.1, 3.3.1): when the first and the last version on the page were added.</summary>
    public IReadOnlyDictionary<string, string> Headers => Items.Count == 0
        ? new Dictionary<string, string>()
        : new Dictionary<string, string>
        {
            [DateAddedFirstHeader] = StixMapping.Time(Items[0].Added),
            [DateAddedLastHeader] = StixMapping.Time(Items[^1].Added),
        };

    /// <summary>The first <paramref name="limit"/> of the matching versions given, in order, with more and next set.</summary>
    public static TaxiiPage Of(List<TaxiiItem> matching, int limit) =>
        matching.Count > limit ? new TaxiiPage(matching[..limit], true, matching[limit - 1].At) : new TaxiiPage(matching, false, null);
}
