namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// One worksheet of a workbook: its columns with a header, in sheet order, and the rows under the
/// header holding a cell for each of those columns only, however far other cells reach.
/// </summary>
internal sealed class Sheet(string workbook, string name, IReadOnlyList<KeyValuePair<string, int>> columns, IReadOnlyList<SheetRow> rows)
{
    private readonly Dictionary<string, int> _slots = columns.Select((column, slot) => (column.Key, slot)).ToDictionary(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _positions = columns.ToDictionary(StringComparer.Ordinal);

    public string Workbook { get; } = workbook;

    public string Name { get; } = name;

    /// <summary>The rows under the header that have any content, in sheet order.</summary>
    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    /// <summary>Every column with a header, in the order the header lists them.</summary>
    public IEnumerable<string> ColumnNames => columns.Select(column => column.Key);

    /// <summary>
    /// The row's cell in the column; null in a column the sheet lacks, which older DISARM
    /// releases do for columns the importer can do without.
    /// </summary>
    public object? Cell(SheetRow row, string column) => _slots.TryGetValue(column, out var slot) ? row.Cells[slot] : null;

    /// <summary>"disarm_id (A)": the header and the letter a spreadsheet shows for the column; the header alone for a column the sheet lacks.</summary>
    public string DescribeColumn(string column) => _positions.TryGetValue(column, out var position) ? $"{column} ({ColumnLetter(position)})" : column;

    /// <summary>The letters a spreadsheet shows for the column at a zero-based position: A, Z, AA, XFD.</summary>
    public static string ColumnLetter(int position)
    {
        var letters = "";
        for (var n = position + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>A row's cells, one per column of its sheet, as the .xlsx reader typed them: string, double, DateTime, bool or null.</summary>
internal sealed record SheetRow(int Number, object?[] Cells);
