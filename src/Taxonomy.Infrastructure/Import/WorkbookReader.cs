using System.Text;
using ExcelDataReader;

namespace Taxonomy.Infrastructure.Import;

/// <summary>Reads the named sheets of an .xlsx workbook, checking that each has the columns the importer needs.</summary>
internal static class WorkbookReader
{
    static WorkbookReader()
    {
        // ExcelDataReader asks for the Windows-1252 code page while it sets up, even for .xlsx files,
        // and .NET only has the code pages once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IReadOnlyDictionary<string, Sheet> Read(WorkbookSource source, IReadOnlyDictionary<string, string[]> requiredColumnsBySheet)
    {
        var sheets = new Dictionary<string, Sheet>(StringComparer.Ordinal);
        try
        {
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(source.Content);
            do
            {
                if (requiredColumnsBySheet.TryGetValue(reader.Name, out var required) && !sheets.ContainsKey(reader.Name))
                {
                    sheets.Add(reader.Name, ReadSheet(reader, source.Name, required));
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

    private static Sheet ReadSheet(IExcelDataReader reader, string workbook, string[] required)
    {
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

        // Only the columns the importer reads count: a row holding nothing but an editor's comment
        // in a column of its own is not a DISARM object.
        var read = required.Select(column => columns[column]).ToArray();
        var rows = new List<SheetRow>();
        for (var number = 2; reader.Read(); number++)
        {
            var cells = new object?[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetValue(i);
            }

            if (read.Any(i => cells[i] is not null && !(cells[i] is string text && string.IsNullOrWhiteSpace(text))))
            {
                rows.Add(new SheetRow(number, cells));
            }
        }

        return new Sheet(workbook, reader.Name, columns, rows);
    }
}
