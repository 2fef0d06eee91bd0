namespace Taxonomy.Api.Pages;

/// <summary>
/// One sheet row as DISARM's generator reads it: each cell as the text it prints. Cells are worked
/// out when first read (see <see cref="PageData"/>), since a page reads only some of them, and
/// kept; the rows of a <see cref="PageModel"/> are read by many renders at once.
/// </summary>
internal sealed class DisarmRow(Func<string, string> cell)
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);

    public string this[string column]
    {
        get
        {
            lock (_cells)
            {
                if (_cells.TryGetValue(column, out var text))
                {
                    return text;
                }
            }

            // Worked out outside the lock, which therefore never waits for a read of the database.
            var worked = cell(column);
            lock (_cells)
            {
                return _cells.TryAdd(column, worked) ? worked : _cells[column];
            }
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
