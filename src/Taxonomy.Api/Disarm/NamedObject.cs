namespace Taxonomy.Api.Disarm;

/// <summary>A related object, by id and name.</summary>
/// <param name="Id">Its DISARM id.</param>
/// <param name="Name">Its name.</param>
public sealed record NamedObject(string Id, string Name);
