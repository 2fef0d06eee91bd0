using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// One entry of the full-text index: the searchable text of one DISARM object, filed under the
/// object's API resource name and id. <see cref="Name"/> is weighted above <see cref="Body"/>
/// when ranking.
/// </summary>
internal sealed class SearchEntry
{
    public SearchEntry(string type, string id, string? name, string? body)
    {
        Type = type;
        Id = id;
        Name = name;
        Body = body;
    }

    private SearchEntry()
    {
    }

    /// <summary>
    /// The entry's rowid, which is also its rowid in the FTS5 table. Entries are keyed by it rather
    /// than by type and id, so that should an object ever be indexed twice, the extra rows can
    /// still be removed.
    /// </summary>
    public long RowId { get; private set; }

    public string Type { get; private set; } = "";

    public string Id { get; private set; } = "";

    public string? Name { get; private set; }

    public string? Body { get; private set; }

    /// <summary>The entry of a DISARM object, or null for objects search does not hold (references).</summary>
    public static SearchEntry? Of(object entity) =>
        DisarmTypes.Of(entity.GetType()) is { } type && type.SearchTextOf(entity) is { } text ? new(type.Resource, type.KeyOf(entity), text.Name, text.Body) : null;

    public void Update(SearchEntry wanted)
    {
        Name = wanted.Name;
        Body = wanted.Body;
    }
}
