namespace Taxonomy.Api.Disarm;

/// <summary>A related object in DISARM's display order.</summary>
/// <param name="Id">Its DISARM id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Rank">Its place in DISARM's order.</param>
public sealed record RankedObject(string Id, string Name, int Rank);
