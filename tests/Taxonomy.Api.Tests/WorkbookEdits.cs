using System.IO.Compression;
using System.Xml.Linq;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Edits of single rows and cells of a real workbook, as a curator makes them in a spreadsheet
/// program: a row found by its object's id, a cell by its column's header. Edited cells are
/// written as inline text, so that the shared strings other cells use stay as they are.
/// </summary>
internal static class WorkbookEdits
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A copy whose <paramref name="column"/> cell on the row of <paramref name="id"/> holds <paramref name="text"/>.</summary>
    public static byte[] WithCell(byte[] workbook, string sheet, string id, string column, string text) =>
        EditSheet(workbook, sheet, (rows, headers, shared) =>
        {
            var row = RowOf(rows, shared, id);
            SetCell(row, headers[column], text);
        });

    /// <summary>A copy without the row of <paramref name="id"/>.</summary>
    public static byte[] WithoutRow(byte[] workbook, string sheet, string id) =>
        EditSheet(workbook, sheet, (rows, _, shared) => RowOf(rows, shared, id).Remove());

    /// <summary>A copy with a row added after the last, holding <paramref name="cells"/> by column header.</summary>
    public static byte[] WithRow(byte[] workbook, string sheet, IReadOnlyDictionary<string, string> cells) =>
        EditSheet(workbook, sheet, (rows, headers, _) =>
        {
            var number = rows.Max(row => (int)row.Attribute("r")!) + 1;
            var row = new XElement(Main + "row", new XAttribute("r", number));
            rows[^1].AddAfterSelf(row);
            foreach (var (column, text) in cells.OrderBy(cell => headers[cell.Key].Length).ThenBy(cell => headers[cell.Key], StringComparer.Ordinal))
            {
                SetCell(row, headers[column], text);
            }
        });

    private static byte[] EditSheet(byte[] workbook, string sheet, Action<List<XElement>, Dictionary<string, string>, List<string>> edit)
    {
        var shared = SharedStrings(workbook);
        return Workbooks.Edit(workbook, Workbooks.SheetPart(workbook, sheet), xml =>
        {
            var document = XDocument.Parse(xml);
            var rows = document.Descendants(Main + "row").ToList();
            var headers = rows.First(row => (int)row.Attribute("r")! == 1).Elements(Main + "c")
                .Select(cell => (Header: Text(cell, shared).Trim(), Letters: LettersOf(cell)))
                .Where(cell => cell.Header.Length > 0)
                .DistinctBy(cell => cell.Header, StringComparer.Ordinal)
                .ToDictionary(cell => cell.Header, cell => cell.Letters, StringComparer.Ordinal);
            edit(rows, headers, shared);
            return document.Declaration + document.ToString(SaveOptions.DisableFormatting);
        });
    }

    /// <summary>The row whose first column (each DISARM sheet's id) holds <paramref name="id"/>.</summary>
    private static XElement RowOf(List<XElement> rows, List<string> shared, string id) =>
        rows.Single(row => row.Elements(Main + "c").Any(cell => LettersOf(cell) == "A" && Text(cell, shared).Trim() == id));

    private static void SetCell(XElement row, string letters, string text)
    {
        var reference = letters + (string)row.Attribute("r")!;
        var cell = new XElement(Main + "c", new XAttribute("r", reference), new XAttribute("t", "inlineStr"), new XElement(Main + "is", new XElement(Main + "t", text)));
        var existing = row.Elements(Main + "c").SingleOrDefault(c => LettersOf(c) == letters);
        if (existing is not null)
        {
            existing.ReplaceWith(cell);
            return;
        }

        var after = row.Elements(Main + "c").LastOrDefault(c => LettersOf(c).Length < letters.Length || (LettersOf(c).Length == letters.Length && string.CompareOrdinal(LettersOf(c), letters) < 0));
        if (after is null)
        {
            row.AddFirst(cell);
        }
        else
        {
            after.AddAfterSelf(cell);
        }
    }

    private static string LettersOf(XElement cell) => new(((string)cell.Attribute("r")!).TakeWhile(char.IsAsciiLetter).ToArray());

    private static string Text(XElement cell, List<string> shared) => (string?)cell.Attribute("t") switch
    {
        "s" => shared[(int)cell.Element(Main + "v")!],
        "inlineStr" => string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)),
        _ => (string?)cell.Element(Main + "v") ?? "",
    };

    private static List<string> SharedStrings(byte[] workbook)
    {
        using var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var stream = archive.GetEntry("xl/sharedStrings.xml")!.Open();
        return XDocument.Load(stream).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();
    }
}
