namespace Taxonomy.Api.History;

/// <summary>One version of an object, without the object.</summary>
/// <param name="Version">The version's number: 1 for the first. <example>2</example></param>
/// <param name="Modified">When it was made, in UTC, to the microsecond.</param>
/// <param name="ChangedBy">The name of the API key that made it, or "import #N". <example>import #1</example></param>
/// <param name="Kind">How: Created, Replaced, Deleted, Imported or Restored. <example>Imported</example></param>
public sealed record VersionSummary(int Version, DateTime Modified, string ChangedBy, string Kind);
