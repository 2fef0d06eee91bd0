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
        Links = WorkbookLink.TokensOf(sheet, cells).Select(token => new WorkbookLink(sheet, token)).ToList();
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

    /// <summary>The ids the row's link cells mention, for finding the rows a page shows.</summary>
    public ICollection<WorkbookLink> Links { get; private set; } = [];

    /// <summary>The key a row of <paramref name="sheet"/> gets for a cell value: the trimmed URL for urls, the normalised id elsewhere.</summary>
    public static string? KeyOf(string sheet, string value)
    {
        var key = sheet == "urls" ? value.Trim() : Domain.DisarmIds.Normalize(value);
        return key.Length == 0 ? null : key;
    }

    /// <summary>The key of a row of <paramref name="sheet"/> with these cells.</summary>
    public static string? KeyIn(string sheet, IReadOnlyDictionary<string, string> cells) => KeyOf(sheet, cells[DisarmSheets.KeyColumn(sheet)]);

    public Dictionary<string, string> ReadCells() => JsonSerializer.Deserialize<Dictionary<string, string>>(Cells, JsonOptions)!;

    /// <summary>Takes another row's content, for an import that finds the same sheet row again.</summary>
    public void ReplaceWith(WorkbookRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Key = row.Key;
        if (Cells != row.Cells)
        {
            SetCells(row.ReadCells());
        }
    }

    public void Update(IReadOnlyDictionary<string, string> cells)
    {
        var merged = ReadCells();
        foreach (var (column, value) in cells)
        {
            merged[column] = value;
        }

        SetCells(merged);
    }

    /// <summary>Computes the links of a row stored before rows had links.</summary>
    public void IndexLinks() => SetCells(ReadCells());

    private void SetCells(Dictionary<string, string> cells)
    {
        Cells = JsonSerializer.Serialize(cells, JsonOptions);
        var tokens = WorkbookLink.TokensOf(Sheet, cells).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Links.Where(link => !tokens.Contains(link.Token)).ToList())
        {
            Links.Remove(stale);
        }

        foreach (var token in tokens.Except(Links.Select(link => link.Token), StringComparer.Ordinal))
        {
            Links.Add(new WorkbookLink(Sheet, token));
        }
    }
}
