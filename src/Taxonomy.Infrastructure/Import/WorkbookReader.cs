using System.Text;
using ExcelDataReader;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Reads the named sheets of an .xlsx workbook, checking that each has the columns the importer
/// needs and stays within the <see cref="ImportLimits"/>.
/// </summary>
internal static class WorkbookReader
{
    static WorkbookReader()
    {
        // ExcelDataReader asks for the Windows-1252 code page while it sets up, even for .xlsx files,
        // and .NET only has the code pages once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyDictionary<string, Sheet> Read(WorkbookSource source, IReadOnlyDictionary<string, string[]> requiredColumnsBySheet, ImportLimits limits)
    {
        var sheets = new Dictionary<string, Sheet>(StringComparer.Ordinal);
        try
        {
            WorkbookSize.Check(source, limits.MaxWorkbookUncompressedBytes);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(source.Content);
            do
            {
                if (requiredColumnsBySheet.TryGetValue(reader.Name, out var required) && !sheets.ContainsKey(reader.Name))
                {
                    sheets.Add(reader.Name, ReadSheet(reader, source.Name, required, limits));
                }
            }
            while (reader.NextResult());
        }
        catch (ImportFailedException)
        {
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            // The reader fails on a non-zip, truncated or malformed package with a variety of
            // exception types (InvalidDataException, HeaderException, XmlException, ...); to the
            // person importing, all of them mean the same thing.
            throw new ImportFailedException($"The file is not a readable .xlsx workbook ({exception.Message}).", source.Name, innerException: exception);
        }

        var missing = requiredColumnsBySheet.Keys.Where(name => !sheets.ContainsKey(name)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFailedException($"The workbook has no sheet named {string.Join(", ", missing.Select(name => $"'{name}'"))}.", source.Name, missing[0]);
        }

        return sheets;
    }

    private static Sheet ReadSheet(IExcelDataReader reader, string workbook, string[] required, ImportLimits limits)
    {
        // The reader has scanned the sheet to size it, keeping nothing, so both are known before a row is read.
        if (reader.FieldCount > limits.MaxColumnsPerSheet)
        {
            throw ImportLimits.Exceeded(
                $"The sheet has cells as far as column {Sheet.ColumnLetter(reader.FieldCount - 1)}, its column {reader.FieldCount}.",
                limits.MaxColumnsPerSheet,
                ImportLimits.ColumnsSetting,
                workbook,
                reader.Name,
                Sheet.ColumnLetter(reader.FieldCount - 1));
        }

        if (reader.RowCount > limits.MaxRowsPerSheet)
        {
            throw TooManyRows($"The sheet has {reader.RowCount} rows, counting empty ones.", reader.Name, workbook, limits);
        }

        if (!reader.Read())
        {
            throw new ImportFailedException("The sheet is empty: it has no header row.", workbook, reader.Name, 1);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (reader.GetValue(i) is string header && header.Trim().Length > 0)
            {
                columns.TryAdd(header.Trim(), i);
            }
        }

        var missing = required.Where(column => !columns.ContainsKey(column)).ToList();
        if (missing.Count > 0)
        {
            throw new ImportFailedException(
                $"The header row has no column named {string.Join(", ", missing.Select(column => $"'{column}'"))}.",
                workbook,
                reader.Name,
                1,
                missing[0]);
        }

        // A row keeps a cell for each column with a header only, so that a stray cell far to the
        // right costs nothing per row. Only the columns the importer reads count: a row holding
        // nothing but an editor's comment in a column of its own is not a DISARM object.
        var headed = columns.OrderBy(column => column.Value).ToList();
        var read = required.Select(column => columns[column]).ToArray();
        var rows = new List<SheetRow>();
        for (var number = 2; reader.Read(); number++)
        {
            if (number > limits.MaxRowsPerSheet)
            {
                throw TooManyRows($"The sheet has more than {limits.MaxRowsPerSheet} rows, counting empty ones.", reader.Name, workbook, limits);
            }

            if (read.Any(i => reader.GetValue(i) is { } cell && !(cell is string text && string.IsNullOrWhiteSpace(text))))
            {
                rows.Add(new SheetRow(number, headed.Select(column => reader.GetValue(column.Value)).ToArray()));
            }
        }

        return new Sheet(workbook, reader.Name, headed, rows);
    }

    private static ImportFailedException TooManyRows(string problem, string sheet, string workbook, ImportLimits limits) =>
        ImportLimits.Exceeded(problem, limits.MaxRowsPerSheet, ImportLimits.RowsSetting, workbook, sheet);
}
