using System.Buffers.Binary;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>Builds upload bodies from the real workbooks, whole or deliberately broken.</summary>
internal static class Workbooks
{
    private static readonly Lazy<byte[]> LazyBomb = new(() => WithSheet(
        Frameworks,
        "phases",
        SheetXml(1L << 30 >> 6, number => number == 1
            ? Row(1, ("A1", "disarm_id"), ("B1", "name"), ("C1", "rank"), ("D1", "summary"))
            : "<row><c t=\"inlineStr\"><is><t>P01</t></is></c></row>".PadRight(64))));

    public static byte[] Frameworks => File.ReadAllBytes(DisarmData.FrameworksPath);

    public static byte[] Data => File.ReadAllBytes(DisarmData.DataPath);

    public static MultipartFormDataContent Form(byte[] frameworks, byte[] data, string frameworksName = DisarmData.FrameworksFileName, string dataName = DisarmData.DataFileName)
    {
        var form = new MultipartFormDataContent();
        form.Add(Upload(frameworks), "frameworks", frameworksName);
        form.Add(Upload(data), "data", dataName);
        return form;
    }

    public static MultipartFormDataContent RealForm() => Form(Frameworks, Data);

    /// <summary>The real workbooks with DISARM's STIX bundle of the same release, whose ids the import records.</summary>
    public static MultipartFormDataContent RealFormWithStixBundle()
    {
        var form = RealForm();
        form.Add(Upload(File.ReadAllBytes(DisarmData.StixBundlePath)), "stix", "DISARM.json");
        return form;
    }

    /// <summary>
    /// The frameworks workbook with its phases sheet replaced by a header and 2^24 rows of 64 bytes
    /// (1 GiB, eight times the default limit), which deflate shrinks to about 6 MB; made once per test run.
    /// </summary>
    public static byte[] Bomb => LazyBomb.Value;

    /// <summary>A copy of <paramref name="workbook"/> with one part's XML rewritten.</summary>
    public static byte[] Edit(byte[] workbook, string part, Func<string, string> edit) => Edit(workbook, new Dictionary<string, Func<string, string>> { [part] = edit });

    /// <summary>A copy of <paramref name="workbook"/> with the XML of some parts rewritten, each by its edit.</summary>
    public static byte[] Edit(byte[] workbook, IReadOnlyDictionary<string, Func<string, string>> edits)
    {
        var edited = new Dictionary<string, Action<Stream>>();
        using (var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        {
            foreach (var (part, edit) in edits)
            {
                Assert.True(archive.GetEntry(part) is not null, $"The workbook has no part {part}.");
                var xml = ReadPart(archive, part);
                var text = edit(xml);
                Assert.NotEqual(xml, text);
                edited[part] = stream =>
                {
                    using var writer = new StreamWriter(stream, new UTF8Encoding(false));
                    writer.Write(text);
                };
            }
        }

        return WithParts(workbook, edited, CompressionLevel.Fastest);
    }

    /// <summary>Removes a sheet from the workbook's list of sheets, as if it had been deleted.</summary>
    public static byte[] WithoutSheet(byte[] workbook, string sheet) =>
        Edit(workbook, "xl/workbook.xml", xml => Regex.Replace(xml, $"<sheet [^>]*name=\"{sheet}\"[^>]*/>", ""));

    /// <summary>Replaces a cell text held in the shared-strings table (headers and ids are stored there).</summary>
    public static byte[] WithSharedString(byte[] workbook, string text, string replacement) =>
        Edit(workbook, "xl/sharedStrings.xml", xml => Regex.Replace(xml, $">{Regex.Escape(text)}<", $">{replacement}<"));

    /// <summary>
    /// Removes every cell of the column headed <paramref name="header"/>, header included, as an
    /// older release lacking the column would have it; the other columns keep their letters.
    /// </summary>
    public static byte[] WithoutColumn(byte[] workbook, string sheet, string header) => WithoutColumns(workbook, [(sheet, header)]);

    /// <summary>Removes columns of some sheets, headers and cells, in one copy of the workbook.</summary>
    public static byte[] WithoutColumns(byte[] workbook, IEnumerable<(string Sheet, string Header)> columns) =>
        Edit(
            workbook,
            columns.GroupBy(column => column.Sheet).ToDictionary(
                sheet => SheetPart(workbook, sheet.Key),
                Func<string, string> (sheet) =>
                {
                    var letters = string.Join("|", sheet.Select(column => SheetRows.ColumnLetter(workbook, column.Sheet, column.Header)));
                    return xml => Regex.Replace(xml, $"<c\\b[^>]*\\br=\"(?:{letters})\\d+\"[^>]*?(?:/>|>.*?</c>)", "", RegexOptions.Singleline);
                }));

    /// <summary>Swaps two columns of a sheet, headers and cells, by exchanging their letters in every cell reference.</summary>
    public static byte[] WithColumnsSwapped(byte[] workbook, string sheet, string first, string second)
    {
        var (a, b) = (SheetRows.ColumnLetter(workbook, sheet, first), SheetRows.ColumnLetter(workbook, sheet, second));
        return Edit(workbook, SheetPart(workbook, sheet), xml => Regex.Replace(
            xml,
            $"(<c\\b[^>]*\\br=\")({a}|{b})(\\d+\")",
            match => match.Groups[1].Value + (match.Groups[2].Value == a ? b : a) + match.Groups[3].Value));
    }

    /// <summary>Adds a text cell at the end of a row of a sheet, given its reference ("AC1"); row 1 makes a header.</summary>
    public static byte[] WithCell(byte[] workbook, string sheet, int row, string column, string text) =>
        Edit(workbook, SheetPart(workbook, sheet), xml => Regex.Replace(
            xml,
            $"(<row [^>]*\\br=\"{row}\"[^>]*>.*?)(</row>)",
            match => match.Groups[1].Value + $"<c r=\"{column}{row}\" t=\"inlineStr\"><is><t>{text}</t></is></c>" + match.Groups[2].Value,
            RegexOptions.Singleline));

    /// <summary>The path of the part holding a sheet, found through the workbook's list of sheets and its relationships.</summary>
    public static string SheetPart(byte[] workbook, string sheet)
    {
        using var archive = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var id = Regex.Match(ReadPart(archive, "xl/workbook.xml"), $"<sheet [^>]*name=\"{sheet}\"[^>]*r:id=\"([^\"]+)\"").Groups[1].Value;
        var target = Regex.Match(ReadPart(archive, "xl/_rels/workbook.xml.rels"), $"<Relationship [^>]*Id=\"{id}\"[^>]*Target=\"([^\"]+)\"|<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"{id}\"");
        var path = target.Groups[1].Success ? target.Groups[1].Value : target.Groups[2].Value;
        Assert.False(string.IsNullOrEmpty(path), $"The workbook has no sheet {sheet}.");
        return path.StartsWith('/') ? path[1..] : "xl/" + path;
    }

    /// <summary>
    /// A copy of <paramref name="workbook"/> whose sheet is written by <paramref name="write"/>,
    /// streamed into the new archive so that a sheet far larger than memory can be made.
    /// </summary>
    public static byte[] WithSheet(byte[] workbook, string sheet, Action<Stream> write, CompressionLevel level = CompressionLevel.Optimal) =>
        WithParts(workbook, new Dictionary<string, Action<Stream>> { [SheetPart(workbook, sheet)] = write }, level);

    /// <summary>
    /// A copy of <paramref name="workbook"/> whose parts in <paramref name="writes"/> are written by
    /// their action, the others copied, all in their order. They are compressed as fast as deflate can: compressing a
    /// workbook's 10 MB of XML as small as it can would cost most of a test's time, and readers
    /// do not care.
    /// </summary>
    private static byte[] WithParts(byte[] workbook, IReadOnlyDictionary<string, Action<Stream>> writes, CompressionLevel level)
    {
        using var buffer = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var written = writes.GetValueOrDefault(entry.FullName);
                using var output = target.CreateEntry(entry.FullName, written is not null ? level : CompressionLevel.Fastest).Open();
                if (written is not null)
                {
                    written(output);
                }
                else
                {
                    using var input = entry.Open();
                    input.CopyTo(output);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Writes a sheet of <paramref name="rows"/> rows numbered from 1, each made by <paramref name="row"/>
    /// from its number, in chunks, so that millions of rows cost little memory to write.
    /// </summary>
    public static Action<Stream> SheetXml(long rows, Func<long, string> row) => stream =>
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var number = 1L; number <= rows; number++)
        {
            writer.Write(row(number));
        }

        writer.Write("</sheetData></worksheet>");
    };

    /// <summary>A row of cells holding inline text, each given as its reference and text: ("A2", "P01").</summary>
    public static string Row(long number, params (string Reference, string Text)[] cells) =>
        $"<row r=\"{number}\">{string.Concat(cells.Select(cell => $"<c r=\"{cell.Reference}\" t=\"inlineStr\"><is><t>{cell.Text}</t></is></c>"))}</row>";

    /// <summary>
    /// A copy of the archive whose headers, in the central directory and before the part's data,
    /// declare <paramref name="declared"/> bytes as the part's uncompressed size, whatever it holds.
    /// </summary>
    public static byte[] DeclaringSize(byte[] zip, string part, uint declared)
    {
        var edited = zip.ToArray();
        var name = Encoding.UTF8.GetBytes(part);
        var found = false;
        for (var at = 0; at + 46 <= edited.Length; at++)
        {
            var record = edited.AsSpan(at);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != 0x02014b50
                || !record.Slice(46, BinaryPrimitives.ReadUInt16LittleEndian(record[28..])).SequenceEqual(name))
            {
                continue;
            }

            BinaryPrimitives.WriteUInt32LittleEndian(record[24..], declared);
            var localHeader = (int)BinaryPrimitives.ReadUInt32LittleEndian(record[42..]);
            Assert.Equal(0x04034b50u, BinaryPrimitives.ReadUInt32LittleEndian(edited.AsSpan(localHeader)));
            BinaryPrimitives.WriteUInt32LittleEndian(edited.AsSpan(localHeader + 22), declared);
            found = true;
        }

        Assert.True(found, $"The archive has no part {part}.");
        return edited;
    }

    private static string ReadPart(ZipArchive archive, string part)
    {
        using var reader = new StreamReader(archive.GetEntry(part)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static ByteArrayContent Upload(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }
}
