using System.Text.Json;

namespace Taxonomy.Api.History;

/// <summary>One version of an object, with the object as it stood then.</summary>
/// <param name="Type">The object's resource. <example>techniques</example></param>
/// <param name="Id">The object's id. <example>T0166.003</example></param>
/// <param name="Version">The version's number. <example>1</example></param>
/// <param name="Modified">When it was made, in UTC, to the microsecond.</param>
/// <param name="ChangedBy">The name of the API key that made it, or "import #N".</param>
/// <param name="Kind">How: Created, Replaced, Deleted, Imported or Restored.</param>
/// <param name="Resource">The object as the API showed it in this version; for a deletion, as it was just before.</param>
public sealed record VersionResponse(string Type, string Id, int Version, DateTime Modified, string ChangedBy, string Kind, JsonElement Resource);
