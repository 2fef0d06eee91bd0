using System.Text.Json;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// One row of a DISARM workbook sheet as DISARM's own page generator sees it: every cell as the
/// text it prints. DISARM's published pages are rendered from these rows, because they depend on
/// details the domain model rightly normalises away (untrimmed text, sheet order, list cells
/// parsed DISARM's way). Admin writes keep the rows of the objects they change up to date.
/// </summary>
public sealed class WorkbookRow
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    public WorkbookRow(string sheet, int rowNumber, string? key, bool fromImport, IReadOnlyDictionary<string, string> cells)
    {
        Sheet = sheet;
        RowNumber = rowNumber;
        Key = key;
        FromImport = fromImport;
        Cells = JsonSerializer.Serialize(cells, JsonOptions);
    }

    private WorkbookRow()
    {
    }

    public int Id { get; private set; }

    public string Sheet { get; private set; } = "";

    /// <summary>The row's number in its sheet; rows created through the API come after the imported ones.</summary>
    public int RowNumber { get; private set; }

    /// <summary>The normalised id of the row's object (the URL for the urls sheet), or null when the row has none.</summary>
    public string? Key { get; private set; }

    /// <summary>Whether the row came from a workbook, rather than from an object created through the API.</summary>
    public bool FromImport { get; private set; }

    /// <summary>The cells by column header, as JSON.</summary>
    public string Cells { get; private set; } = "";

    public Dictionary<string, string> ReadCells() => JsonSerializer.Deserialize<Dictionary<string, string>>(Cells, JsonOptions)!;

    /// <summary>Takes another row's content, for an import that finds the same sheet row again.</summary>
    public void ReplaceWith(WorkbookRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Key = row.Key;
        Cells = row.Cells;
    }

    public void Update(IReadOnlyDictionary<string, string> cells)
    {
        var merged = ReadCells();
        foreach (var (column, value) in cells)
        {
            merged[column] = value;
        }

        Cells = JsonSerializer.Serialize(merged, JsonOptions);
    }
}
