namespace Taxonomy.Api.History;

/// <summary>One change, as the change feed lists it.</summary>
/// <param name="Type">The object's resource. <example>techniques</example></param>
/// <param name="Id">The object's id. <example>T0166.003</example></param>
/// <param name="Version">The version the change made; GET {type}/{id}/history/{version} gives the object as it then stood.</param>
/// <param name="Kind">How: Created, Replaced, Deleted, Imported or Restored.</param>
/// <param name="Modified">When, in UTC, to the microsecond.</param>
/// <param name="ChangedBy">The name of the API key that made it, or "import #N".</param>
public sealed record Change(string Type, string Id, int Version, string Kind, DateTime Modified, string ChangedBy);

/// <summary>A page of the change feed.</summary>
/// <param name="Items">The changes, in the order they were committed.</param>
/// <param name="Next">The after of the next page: where this page ends; null when the page is empty, as nothing changed after the cursor. Keep the last next you got and poll with it later to get only what changed since.</param>
/// <param name="Latest">The cursor of the latest change there is, to start following the feed from now without reading its past.</param>
public sealed record ChangePage(IReadOnlyList<Change> Items, string? Next, string? Latest) : INextPage
{
    string? INextPage.NextPageAfter => Next;
}
