namespace Taxonomy.Api.Taxii;

/// <summary>The filters and paging of a TAXII read of one object (TAXII 2.1, 5.5).</summary>
/// <param name="AddedAfter">Only versions added after this time (RFC 3339, UTC): when the API kept them, not their STIX dates. <example>2026-01-01T00:00:00Z</example></param>
/// <param name="Limit">Versions per page: 100 unless given, at most 1000. <example>100</example></param>
/// <param name="Next">Where to go on from: the next of the previous page, with the same filters. <example>120.0</example></param>
/// <param name="MatchVersion">Which versions: last (the default), first, all, or STIX modified timestamps, separated by commas. <example>all</example></param>
/// <param name="MatchSpecVersion">Only versions of these STIX versions, separated by commas; every object is 2.1. <example>2.1</example></param>
public sealed record TaxiiObjectQuery(
    [FromQuery(Name = "added_after")][property: FromQuery(Name = "added_after")] string? AddedAfter = null,
    [FromQuery(Name = "limit")][property: FromQuery(Name = "limit")] int? Limit = null,
    [FromQuery(Name = "next")][property: FromQuery(Name = "next")] string? Next = null,
    [FromQuery(Name = "match[version]")][property: FromQuery(Name = "match[version]")] string? MatchVersion = null,
    [FromQuery(Name = "match[spec_version]")][property: FromQuery(Name = "match[spec_version]")] string? MatchSpecVersion = null)
{
    internal (TaxiiFilter? Filter, Dictionary<string, string[]> Errors) Parse() =>
        TaxiiFilter.Parse(AddedAfter, Limit, Next, null, null, MatchVersion, MatchSpecVersion);
}
