using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>Builds upload bodies from the real workbooks, whole or deliberately broken.</summary>
internal static class Workbooks
{
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

    /// <summary>A copy of <paramref name="workbook"/> with one part's XML rewritten.</summary>
    public static byte[] Edit(byte[] workbook, string part, Func<string, string> edit)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = archive.GetEntry(part) ?? throw new InvalidOperationException($"The workbook has no part {part}.");
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                xml = reader.ReadToEnd();
            }

            var edited = edit(xml);
            Assert.NotEqual(xml, edited);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(edited);
        }

        return buffer.ToArray();
    }

    /// <summary>Removes a sheet from the workbook's list of sheets, as if it had been deleted.</summary>
    public static byte[] WithoutSheet(byte[] workbook, string sheet) =>
        Edit(workbook, "xl/workbook.xml", xml => Regex.Replace(xml, $"<sheet [^>]*name=\"{sheet}\"[^>]*/>", ""));

    /// <summary>Replaces a cell text held in the shared-strings table (headers and ids are stored there).</summary>
    public static byte[] WithSharedString(byte[] workbook, string text, string replacement) =>
        Edit(workbook, "xl/sharedStrings.xml", xml => Regex.Replace(xml, $">{Regex.Escape(text)}<", $">{replacement}<"));

    private static ByteArrayContent Upload(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return content;
    }
}
