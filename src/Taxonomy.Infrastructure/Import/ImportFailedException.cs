namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// A workbook the importer cannot load at all: not an .xlsx file, truncated, missing a sheet, a
/// column or a required id, or larger than one of the <see cref="ImportLimits"/>. Nothing has been
/// written when it is thrown.
/// </summary>
public sealed class ImportFailedException : Exception
{
    public ImportFailedException(
        string message,
        string workbook,
        string? sheet = null,
        int? row = null,
        string? column = null,
        Exception? innerException = null,
        long? limit = null,
        string? setting = null)
        : base(Describe(message, workbook, sheet, row, column), innerException)
    {
        Workbook = workbook;
        Sheet = sheet;
        Row = row;
        Column = column;
        Limit = limit;
        Setting = setting;
    }

    public ImportFailedException()
        : this("The import failed.", "")
    {
    }

    public ImportFailedException(string message)
        : this(message, "")
    {
    }

    public ImportFailedException(string message, Exception innerException)
        : this(message, "", innerException: innerException)
    {
    }

    public string Workbook { get; }

    public string? Sheet { get; }

    /// <summary>The spreadsheet row number (1 is the header row).</summary>
    public int? Row { get; }

    /// <summary>The column, as its header and its letter: "disarm_id (A)".</summary>
    public string? Column { get; }

    /// <summary>The limit the workbook goes past, when that is why it cannot be imported.</summary>
    public long? Limit { get; }

    /// <summary>The setting that holds <see cref="Limit"/>, such as <c>Taxonomy:MaxRowsPerSheet</c>.</summary>
    public string? Setting { get; }

    private static string Describe(string message, string workbook, string? sheet, int? row, string? column)
    {
        var place = string.Join(", ", new[]
        {
            workbook.Length == 0 ? null : workbook,
            sheet is null ? null : $"sheet '{sheet}'",
            row is null ? null : $"row {row}",
            column is null ? null : $"column {column}",
        }.Where(part => part is not null));
        return place.Length == 0 ? message : $"{place}: {message}";
    }
}
