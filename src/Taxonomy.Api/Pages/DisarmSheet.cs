namespace Taxonomy.Api.Pages;

/// <summary>The rows of one type's sheet in sheet order, with the by-id lookups the pages make.</summary>
internal sealed class DisarmSheet
{
    private readonly Dictionary<string, DisarmRow> _byId = new(StringComparer.Ordinal);

    public DisarmSheet(DisarmType type, IReadOnlyList<DisarmRow> rows)
    {
        Type = type;
        Rows = rows;

        // A repeated id resolves to its last row, as a Python dict built from the sheet does.
        foreach (var row in rows)
        {
            _byId[row.Id] = row;
        }
    }

    public DisarmType Type { get; }

    public IReadOnlyList<DisarmRow> Rows { get; }

    public IEnumerable<string> Ids => _byId.Keys;

    public bool Contains(string id) => _byId.ContainsKey(id);

    public DisarmRow? Find(string id) => _byId.GetValueOrDefault(id);

    public string NameOf(string id) => _byId.TryGetValue(id, out var row) ? row.Name : "";

    /// <summary>A link from an object page to this sheet's object <paramref name="id"/>, under its name.</summary>
    public string LinkTo(string id) => PageText.Link(Type, id, NameOf(id));
}
