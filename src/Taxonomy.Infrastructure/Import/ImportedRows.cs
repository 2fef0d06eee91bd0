using System.Globalization;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Turns a sheet into <see cref="ImportedRow"/>s, printing each cell the way DISARM's generator
/// (pandas) prints it: the strings pandas reads as missing ("n/a", "NULL", …) become empty, a
/// number column with gaps prints as floats ("2016.0"), a date cell as "2023-10-30 00:00:00".
/// Every column with a header is kept, known to the importer or not.
/// </summary>
internal static class ImportedRows
{
    public static IEnumerable<ImportedRow> From(ImportRecord import, Sheet sheet, DisarmType type)
    {
        var columns = sheet.ColumnNames.ToList();
        var floatColumns = columns.Where(column => IsFloatColumn(sheet, column)).ToHashSet(StringComparer.Ordinal);
        foreach (var row in sheet.Rows)
        {
            var cells = columns.ToDictionary(column => column, column => Print(Cell(sheet, row, column), floatColumns.Contains(column)), StringComparer.Ordinal);
            yield return new ImportedRow(import, sheet.Name, row.Number, type.KeyIn(cells[type.KeyColumn]), cells);
        }
    }

    /// <summary>pandas gives a column of numbers with any empty cell the float type.</summary>
    private static bool IsFloatColumn(Sheet sheet, string column)
    {
        var values = sheet.Rows.Select(row => Cell(sheet, row, column)).ToList();
        var present = values.Where(value => value is not null && !(value is string text && CellReading.IsMissing(text))).ToList();
        return present.Count > 0 && present.All(value => value is double) && present.Count < values.Count;
    }

    private static object? Cell(Sheet sheet, SheetRow row, string column) => sheet.Cell(row, column);

    private static string Print(object? cell, bool floatColumn) => cell switch
    {
        null => "",
        string text => CellReading.IsMissing(text) ? "" : text,
        double number when floatColumn || number != Math.Floor(number) => PythonFloat(number),
        double number => number.ToString("0", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "True" : "False",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Python's repr of a float: shortest round-trip digits, and ".0" on whole numbers.</summary>
    private static string PythonFloat(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }
}
