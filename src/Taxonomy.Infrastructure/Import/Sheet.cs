namespace Taxonomy.Infrastructure.Import;

/// <summary>One worksheet of a workbook, with its header row resolved to column positions.</summary>
internal sealed class Sheet(string workbook, string name, IReadOnlyDictionary<string, int> columns, IReadOnlyList<SheetRow> rows)
{
    public string Workbook { get; } = workbook;

    public string Name { get; } = name;

    /// <summary>The rows under the header that have any content, in sheet order.</summary>
    public IReadOnlyList<SheetRow> Rows { get; } = rows;

    /// <summary>Every column with a header, in the order the header lists them.</summary>
    public IEnumerable<string> ColumnNames => columns.OrderBy(column => column.Value).Select(column => column.Key);

    public int ColumnIndex(string column) => columns[column];

    /// <summary>"disarm_id (A)": the header and the letter a spreadsheet shows for the column.</summary>
    public string DescribeColumn(string column) => $"{column} ({ColumnLetter(columns[column])})";

    private static string ColumnLetter(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}

/// <summary>A row's cells as the .xlsx reader typed them: string, double, DateTime, bool or null.</summary>
internal sealed record SheetRow(int Number, object?[] Cells);
