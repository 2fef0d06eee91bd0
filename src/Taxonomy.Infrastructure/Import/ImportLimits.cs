namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// How much of a workbook an import reads, from the <c>Taxonomy</c> section of the configuration.
/// Each limit is checked while reading, before memory grows with what it bounds. The defaults are
/// ten to twenty times what DISARM v1.7's workbooks need.
/// </summary>
public sealed class ImportLimits
{
    public const string UncompressedBytesSetting = "Taxonomy:MaxWorkbookUncompressedBytes";
    public const string RowsSetting = "Taxonomy:MaxRowsPerSheet";
    public const string ColumnsSetting = "Taxonomy:MaxColumnsPerSheet";
    public const string IssuesSetting = "Taxonomy:MaxReportedIssues";

    /// <summary>
    /// What one workbook's parts may decompress to, all together. 128 MiB: v1.7's workbooks
    /// decompress to 10.6 and 10.8 MB (about 12 times less).
    /// </summary>
    public long MaxWorkbookUncompressedBytes { get; set; } = 128L * 1024 * 1024;

    /// <summary>
    /// The last row a sheet the importer reads may have, counting empty rows. 20,000: the longest
    /// such sheet of v1.7 ends at row 1,006, and all of them carry about 1,000 formatted rows.
    /// </summary>
    public int MaxRowsPerSheet { get; set; } = 20_000;

    /// <summary>
    /// The last column that may hold a cell in a sheet the importer reads. 500: v1.7's widest such
    /// sheet ends at column 27 (AA), and its widest sheet of all at column 30.
    /// </summary>
    public int MaxColumnsPerSheet { get; set; } = 500;

    /// <summary>
    /// Issues a report lists one by one; past them, one issue counts the rest by kind. 10,000:
    /// v1.7 has about 700.
    /// </summary>
    public int MaxReportedIssues { get; set; } = 10_000;

    internal static ImportFailedException Exceeded(string problem, long limit, string setting, string workbook, string? sheet = null, string? column = null) =>
        new($"{problem} The limit is {limit}, set by {setting}.", workbook, sheet, column: column, limit: limit, setting: setting);
}
