namespace Taxonomy.Api.Disarm;

/// <summary>The orders a ranked list (phases, tactics) can be read in.</summary>
public static class RankOrder
{
    public const string Id = "id";
    public const string Rank = "rank";

    public static bool IsKnown(string? sort) => sort is null or Id or Rank;

    public const string Message = "sort is 'id' (the default) or 'rank' (DISARM's order).";
}
