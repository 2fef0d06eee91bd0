namespace Taxonomy.Api.Pages;

/// <summary>
/// One sheet row as DISARM's generator reads it: each cell as the text it prints. Cells are worked
/// out when first read (see <see cref="PageData"/>), since a page reads only some of them.
/// </summary>
internal sealed class DisarmRow(Func<string, string> cell)
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public string this[string column]
    {
        get
        {
            if (!_cells.TryGetValue(column, out var text))
            {
                _cells[column] = text = cell(column);
            }

            return text;
        }
    }

    public string Id => this["disarm_id"];

    public string Name => this["name"];

    public string Summary => this["summary"];

    /// <summary>
    /// The text before the first space of a cell. DISARM reads its "id - name" cells this way, so
    /// "TA15 - Establish Assets" is TA15 and "M006 - Scoring, M005 - Removal" is only M006.
    /// </summary>
    public string FirstWordOf(string column) => FirstWord(this[column]);

    public static string FirstWord(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[..space];
    }
}
