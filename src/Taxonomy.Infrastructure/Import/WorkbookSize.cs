using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Refuses a workbook whose parts decompress to more than
/// <see cref="ImportLimits.MaxWorkbookUncompressedBytes"/> before the .xlsx reader inflates any of
/// them: first by the sizes the zip declares, then by inflating every part and counting the bytes.
/// </summary>
internal static class WorkbookSize
{
    public static void Check(WorkbookSource source, long limit)
    {
        using (var zip = new ZipArchive(source.Content, ZipArchiveMode.Read, leaveOpen: true))
        {
            var declared = zip.Entries.Aggregate(Int128.Zero, (sum, entry) => sum + entry.Length);
            if (declared > limit)
            {
                var largest = zip.Entries.MaxBy(entry => entry.Length)!;
                var sheet = SheetOf(zip, largest.FullName);
                throw ImportLimits.Exceeded(
                    $"The workbook's parts decompress to {declared} bytes, {largest.Length} of them in {(sheet is null ? largest.FullName : "this sheet")}.",
                    limit,
                    ImportLimits.UncompressedBytesSetting,
                    source.Name,
                    sheet);
            }

            // A zip's headers can understate what a part holds. System.IO.Compression cuts a
            // deflated part at its declared size, but reads a stored one for as long as its data
            // goes on; counting what actually comes out keeps the limit whole either way.
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            try
            {
                long inflated = 0;
                foreach (var entry in zip.Entries)
                {
                    using var part = entry.Open();
                    for (var read = part.Read(buffer); read > 0; read = part.Read(buffer))
                    {
                        inflated += read;
                        if (inflated > limit)
                        {
                            var sheet = SheetOf(zip, entry.FullName);
                            throw ImportLimits.Exceeded(
                                $"The workbook's parts decompress to more than the {declared} bytes its zip headers declare; the limit was passed in {(sheet is null ? entry.FullName : "this sheet")}.",
                                limit,
                                ImportLimits.UncompressedBytesSetting,
                                source.Name,
                                sheet);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        source.Content.Position = 0;
    }

    /// <summary>
    /// The name of the sheet stored in <paramref name="part"/>, found through the workbook's list of
    /// sheets and its relationships; null for a part that is no sheet or a list that cannot be read.
    /// </summary>
    private static string? SheetOf(ZipArchive zip, string part)
    {
        try
        {
            var relationship = Elements(zip, "xl/_rels/workbook.xml.rels", "Relationship")
                .FirstOrDefault(r => r.TryGetValue("Target", out var target) && PartPath(target) == part)?.GetValueOrDefault("Id");
            return relationship is null
                ? null
                : Elements(zip, "xl/workbook.xml", "sheet").FirstOrDefault(sheet => sheet.GetValueOrDefault("id") == relationship)?.GetValueOrDefault("name");
        }
        catch (Exception exception) when (exception is XmlException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The attributes, by local name, of each element named <paramref name="name"/> in a part, read
    /// with a bound on the part's length, since it too may be what is oversized.
    /// </summary>
    private static List<Dictionary<string, string>> Elements(ZipArchive zip, string partName, string name)
    {
        var elements = new List<Dictionary<string, string>>();
        if (zip.GetEntry(partName) is not { } entry)
        {
            return elements;
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, MaxCharactersInDocument = 10_000_000, XmlResolver = null };
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == name)
            {
                var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
                while (reader.MoveToNextAttribute())
                {
                    attributes[reader.LocalName] = reader.Value;
                }

                elements.Add(attributes);
            }
        }

        return elements;
    }

    /// <summary>A target in xl/_rels/workbook.xml.rels is relative to xl/ unless it starts with a slash.</summary>
    private static string PartPath(string target) => target.StartsWith('/') ? target[1..] : "xl/" + target;
}
