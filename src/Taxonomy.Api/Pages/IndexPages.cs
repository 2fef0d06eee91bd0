using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>The *_index.md pages: an HTML table of one sheet's rows, with the columns DISARM chose.</summary>
internal static class IndexPages
{
    public static string Phases(DisarmWorkbook workbook) => Index("phases", workbook.Phases, "name", "summary");

    public static string Tactics(DisarmWorkbook workbook) => Index("tactics", workbook.Tactics, "name", "summary", "phase_id");

    public static string Techniques(DisarmWorkbook workbook) => Index("techniques", workbook.Techniques, "name", "summary", "tactic_id");

    public static string Tasks(DisarmWorkbook workbook) => Index("tasks", workbook.Tasks, "name", "summary", "tactic_id");

    public static string Incidents(DisarmWorkbook workbook) =>
        Index("incidents", workbook.Incidents, "name", "objecttype", "year_started", "found_in_country", "found_via");

    public static string Counters(DisarmWorkbook workbook) =>
        Index("counters", workbook.Counters, "name", "summary", "metatechnique", "tactic", "responsetype");

    public static string Metatechniques(DisarmWorkbook workbook) => Index("metatechniques", workbook.Metatechniques, "name", "summary");

    public static string ActorTypes(DisarmWorkbook workbook) => Index("actortypes", workbook.ActorTypes, "name", "summary", "sector_ids");

    /// <summary>Links into a "response types" folder (with the space), where DISARM publishes no pages.</summary>
    public static string ResponseTypes(DisarmWorkbook workbook) => Index("response types", workbook.ResponseTypes, "name", "summary");

    /// <summary>Links into a detections folder, where DISARM publishes no pages.</summary>
    public static string Detections(DisarmWorkbook workbook) =>
        Index("detections", workbook.Detections, "name", "summary", "metatechnique", "tactic", "responsetype");

    private static string Index(string objectName, DisarmSheet sheet, params string[] columns)
    {
        var page = new StringBuilder($"# DISARM {Capitalize(objectName)}:\n\n<table border=\"1\">\n<tr>\n<th>disarm_id</th>\n");
        foreach (var column in columns)
        {
            page.Append($"<th>{column}</th>\n");
        }

        page.Append("</tr>\n");
        foreach (var row in sheet.Rows)
        {
            page.Append($"<tr>\n<td><a href=\"{objectName}/{row.Id}.md\">{row.Id}</a></td>\n");
            foreach (var column in columns)
            {
                page.Append($"<td>{row[column]}</td>\n");
            }

            page.Append("</tr>\n");
        }

        return page.Append("</table>\n").ToString();
    }

    /// <summary>Python's str.capitalize, which DISARM's titles come from: "response types" is "Response types".</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
}
