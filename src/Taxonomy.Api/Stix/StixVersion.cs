namespace Taxonomy.Api.Stix;

/// <summary>One kept version of a DISARM object, as STIX is made from it.</summary>
/// <param name="Position">The version's place among all versions, in commit order (the versions table's id).</param>
/// <param name="Resource">The object's resource name (techniques, counters, ...).</param>
/// <param name="ObjectId">The object's id in the API.</param>
/// <param name="Created">When the object's first version was kept: its STIX created.</param>
/// <param name="Modified">When this version was kept: its STIX modified, and the time TAXII says it was added.</param>
/// <param name="Snapshot">The object as the API showed it in this version (JSON).</param>
public sealed record StixVersion(long Position, string Resource, string ObjectId, DateTime Created, DateTime Modified, string Snapshot);
