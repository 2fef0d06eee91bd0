using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ExcelDataReader;

namespace Taxonomy.Api.Tests;

/// <summary>
/// A plain reading of one sheet of a workbook, independent of the importer, for tests to derive
/// what an import should have stored: each non-empty row's number and cells by header.
/// </summary>
internal static class SheetRows
{
    static SheetRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static List<(int Row, Dictionary<string, string?> Cells)> Read(string path, string sheet)
    {
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            if (reader.Name != sheet)
            {
                continue;
            }

            reader.Read();
            var headers = Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)?.Trim() ?? "").ToList();
            var rows = new List<(int, Dictionary<string, string?>)>();
            for (var number = 2; reader.Read(); number++)
            {
                var cells = new Dictionary<string, string?>();
                for (var i = 0; i < headers.Count; i++)
                {
                    if (headers[i].Length > 0)
                    {
                        cells.TryAdd(headers[i], Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                    }
                }

                if (cells.Values.Any(value => !string.IsNullOrWhiteSpace(value)))
                {
                    rows.Add((number, cells));
                }
            }

            return rows;
        }
        while (reader.NextResult());

        throw new InvalidOperationException($"{path} has no sheet {sheet}.");
    }

    /// <summary>
    /// The header rows read so far, by the workbook's content and sheet: tests edit the real
    /// workbooks, each time from a fresh copy, and reading a header row opens the whole workbook.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Workbook, string Sheet), string[]> Headers = [];

    /// <summary>The letter a spreadsheet shows for the column of a sheet headed <paramref name="header"/>.</summary>
    public static string ColumnLetter(byte[] workbook, string sheet, string header)
    {
        var headers = Headers.GetOrAdd((Convert.ToHexString(SHA256.HashData(workbook)), sheet), key => ReadHeaders(workbook, key.Sheet));
        var index = Assert.Single(Enumerable.Range(0, headers.Length), i => headers[i] == header);
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static string[] ReadHeaders(byte[] workbook, string sheet)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(workbook));
        while (reader.Name != sheet)
        {
            Assert.True(reader.NextResult(), $"The workbook has no sheet {sheet}.");
        }

        reader.Read();
        return Enumerable.Range(0, reader.FieldCount).Select(i => (Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "").Trim()).ToArray();
    }

    /// <summary>An id as DISARM means it: without the spaces, non-breaking included, that the sheets carry.</summary>
    public static string Id(string? text) => (text ?? "").Trim().Trim('\u00A0', '\u200B', '\uFEFF').Trim().ToUpperInvariant();
}
