using System.Text;
using ExcelDataReader;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Reads the sheets of an .xlsx workbook that its DISARM types are imported from, checking that
/// each has the columns the importer cannot do without and stays within the <see cref="ImportLimits"/>.
/// DISARM's releases differ in their columns and sheets, so anything else missing reads as empty,
/// and what is missing or unknown is reported once per import, ahead of any row's issues.
/// </summary>
internal static class WorkbookReader
{
    static WorkbookReader()
    {
        // ExcelDataReader asks for the Windows-1252 code page while it sets up, even for .xlsx files,
        // and .NET only has the code pages once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The sheet of each of <paramref name="types"/> (all of one workbook), a missing optional one as a sheet without rows.</summary>
    public static IReadOnlyDictionary<string, Sheet> Read(WorkbookSource source, IReadOnlyList<DisarmType> types, ImportLimits limits, ImportIssues issues)
    {
        var typesBySheet = types.ToDictionary(type => type.Sheet, StringComparer.Ordinal);
        var sheets = new Dictionary<string, ReadSheet>(StringComparer.Ordinal);
        try
        {
            WorkbookSize.Check(source, limits.MaxWorkbookUncompressedBytes);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(source.Content);
            do
            {
                if (typesBySheet.TryGetValue(reader.Name, out var type) && !sheets.ContainsKey(reader.Name))
                {
                    sheets.Add(reader.Name, ReadOne(reader, source.Name, type, limits));
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

        if (sheets.Count == 0)
        {
            throw new ImportFailedException(
                $"The workbook has none of the sheets it should hold ({string.Join(", ", types.Select(type => $"'{type.Sheet}'"))}); is it the right file?",
                source.Name);
        }

        var missingRequired = types.Where(type => type.SheetRequired && !sheets.ContainsKey(type.Sheet)).Select(type => type.Sheet).ToList();
        if (missingRequired.Count > 0)
        {
            throw new ImportFailedException($"The workbook has no sheet named {string.Join(", ", missingRequired.Select(name => $"'{name}'"))}.", source.Name, missingRequired[0]);
        }

        foreach (var type in types)
        {
            if (sheets.TryGetValue(type.Sheet, out var read))
            {
                ReportColumns(read, type, issues);
            }
            else
            {
                issues.Add(new ImportIssue(
                    "missing-sheet", source.Name, type.Sheet, 1, null, null, $"The workbook has no sheet named '{type.Sheet}'.", $"Read as a sheet with no rows: the release has no {type.Resource}."));
            }
        }

        return types.ToDictionary(
            type => type.Sheet,
            type => sheets.TryGetValue(type.Sheet, out var read) ? read.Sheet : new Sheet(source.Name, type.Sheet, [], []),
            StringComparer.Ordinal);
    }

    /// <summary>The columns of the type the sheet lacks, and the sheet's columns the type does not know.</summary>
    private static void ReportColumns(ReadSheet read, DisarmType type, ImportIssues issues)
    {
        var (sheet, missing) = read;
        foreach (var column in missing)
        {
            issues.Add(new ImportIssue(
                "missing-optional-column", sheet.Workbook, sheet.Name, 1, column, null, $"The header row has no column named '{column}'.", "Read as empty on every row."));
        }

        var known = type.Columns.Select(column => column.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var column in sheet.ColumnNames.Where(column => !known.Contains(column)))
        {
            issues.Add(new ImportIssue(
                "unknown-column", sheet.Workbook, sheet.Name, 1, sheet.DescribeColumn(column), null, $"The importer does not know the column '{column}'.", "Kept in the imported rows as it is; no field of the objects holds it."));
        }
    }

    private static ReadSheet ReadOne(IExcelDataReader reader, string workbook, DisarmType type, ImportLimits limits)
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

        var missingRequired = type.Columns.Where(column => column.Required && !columns.ContainsKey(column.Name)).Select(column => column.Name).ToList();
        if (missingRequired.Count > 0)
        {
            throw new ImportFailedException(
                $"The header row has no column named {string.Join(", ", missingRequired.Select(column => $"'{column}'"))}.",
                workbook,
                reader.Name,
                1,
                missingRequired[0]);
        }

        // A row keeps a cell for each column with a header only, so that a stray cell far to the
        // right costs nothing per row. Only the columns the importer reads count: a row holding
        // nothing but an editor's comment in a column of its own is not a DISARM object.
        var headed = columns.OrderBy(column => column.Value).ToList();
        var read = type.Columns.Where(column => columns.ContainsKey(column.Name)).Select(column => columns[column.Name]).ToArray();
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

        var missingOptional = type.Columns.Where(column => !columns.ContainsKey(column.Name)).Select(column => column.Name).ToList();
        return new ReadSheet(new Sheet(workbook, reader.Name, headed, rows), missingOptional);
    }

    private static ImportFailedException TooManyRows(string problem, string sheet, string workbook, ImportLimits limits) =>
        ImportLimits.Exceeded(problem, limits.MaxRowsPerSheet, ImportLimits.RowsSetting, workbook, sheet);

    /// <summary>A sheet as read, with the optional columns of its type it lacks.</summary>
    private sealed record ReadSheet(Sheet Sheet, IReadOnlyList<string> MissingOptionalColumns);
}
