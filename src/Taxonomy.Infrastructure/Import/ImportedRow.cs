using System.Text.Json;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// One sheet row as an import read it: every cell, known column or not, as the text DISARM's own
/// page generator prints it. Kept per import and never changed afterwards, so that what a release
/// said stays readable however the objects are edited; pages print these cells only while they
/// still agree with the objects (see <see cref="Catalog.DisarmType.Cell"/>).
/// </summary>
public sealed class ImportedRow
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.General);

    public ImportedRow(ImportRecord import, string sheet, int rowNumber, string? key, IReadOnlyDictionary<string, string> cells)
    {
        Import = import;
        Sheet = sheet;
        RowNumber = rowNumber;
        Key = key;
        Cells = JsonSerializer.Serialize(cells, JsonOptions);
    }

    private ImportedRow()
    {
    }

    public long Id { get; private set; }

    public int ImportId { get; private set; }

    public ImportRecord? Import { get; private set; }

    public string Sheet { get; private set; } = "";

    /// <summary>The row's number in its sheet, as a spreadsheet shows it (the header is row 1).</summary>
    public int RowNumber { get; private set; }

    /// <summary>The normalised id of the row's object (the trimmed URL for urls), or null when the row has none.</summary>
    public string? Key { get; private set; }

    /// <summary>The cells by column header, as JSON: they are only ever read whole.</summary>
    public string Cells { get; private set; } = "";

    public Dictionary<string, string> ReadCells() => JsonSerializer.Deserialize<Dictionary<string, string>>(Cells, JsonOptions)!;
}
