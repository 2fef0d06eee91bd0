using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>The framework grids and the counts of counters by response type.</summary>
internal static class FrameworkPages
{
    /// <summary>Each tactic's techniques and sub-techniques, in techniques-sheet order.</summary>
    public static string RedFramework(DisarmWorkbook workbook) =>
        Grid(workbook, "red framework", workbook.Techniques, technique => technique["tactic_id"]);

    /// <summary>Each tactic's counters, by counter id.</summary>
    public static string BlueFramework(DisarmWorkbook workbook) =>
        Grid(workbook, "blue framework", workbook.Counters, counter => counter.FirstWordOf("tactic"));

    public static string TacticsByResponseType(DisarmWorkbook workbook) => CountTable(workbook, "tactic", workbook.Tactics);

    /// <summary>A counter naming two metatechniques counts only toward the first.</summary>
    public static string MetatechniquesByResponseType(DisarmWorkbook workbook) => CountTable(workbook, "metatechnique", workbook.Metatechniques);

    /// <summary>
    /// A row per depth, a cell per tactic, blank cells (one space) below a short column. The first
    /// row is opened twice and the last is empty, as DISARM publishes it.
    /// </summary>
    private static string Grid(DisarmWorkbook workbook, string title, DisarmSheet objects, Func<DisarmRow, string> tacticOf)
    {
        var columns = workbook.Tactics.Rows.Select(tactic => objects.Rows.Where(row => tacticOf(row) == tactic.Id).Select(row => row.Id).ToList()).ToList();
        var page = new StringBuilder($"# DISARM {IndexPage.Capitalize(title)}: Latest Framework\n\n<table border=\"1\">\n<tr>\n")
            .Append("<tr style=\"background-color:blue;color:white;\">\n");
        foreach (var tactic in workbook.Tactics.Rows)
        {
            page.Append($"<td><a href=\"{workbook.Tactics.Type.PageFolder}/{tactic.Id}.md\">{tactic.Id} {workbook.Tactics.NameOf(tactic.Id)}</a></td>\n");
        }

        page.Append("</tr>\n<tr>\n");
        var depth = columns.Count == 0 ? 0 : columns.Max(column => column.Count);
        for (var row = 0; row < depth; row++)
        {
            foreach (var column in columns)
            {
                page.Append(row < column.Count ? $"<td><a href=\"{objects.Type.PageFolder}/{column[row]}.md\">{column[row]} {objects.NameOf(column[row])}</a></td>\n" : "<td> </td>\n");
            }

            page.Append("</tr>\n<tr>\n");
        }

        return page.Append("</tr>\n</table>\n").ToString();
    }

    /// <summary>
    /// Counts counters by the id their tactic (or metatechnique) cell starts with and by response
    /// type. Only the ids and response types some counter has get a row or column.
    /// </summary>
    private static string CountTable(DisarmWorkbook workbook, string column, DisarmSheet names)
    {
        var counters = workbook.Counters.Rows;
        var responseTypes = counters.Select(c => c["responsetype"]).Distinct().Order(StringComparer.Ordinal).ToList();
        var page = new StringBuilder($"# DISARM {IndexPage.Capitalize(column)} courses of action\n\n<table border=\"1\">\n<tr>\n<td> </td>\n    ");
        foreach (var responseType in responseTypes)
        {
            page.Append($"<td>{responseType}</td>\n");
        }

        page.Append("<td>TOTALS</td></tr><tr>\n");
        foreach (var key in counters.Select(c => c.FirstWordOf(column)).Distinct().Order(StringComparer.Ordinal))
        {
            var counted = counters.Where(c => c.FirstWordOf(column) == key).ToList();
            page.Append($"<td><a href=\"../generated_pages/{names.Type.PageFolder}/{key}.md\">{key} {names.NameOf(key)}</a></td>\n");
            AppendCounts(page, responseTypes, counted).Append("</tr>\n<tr>\n");
        }

        page.Append("<td>TOTALS</td>\n");
        return AppendCounts(page, responseTypes, counters).Append("</tr>\n</table>\n").ToString();
    }

    /// <summary>A cell per response type with the number of the counters that have it, then a cell with their total.</summary>
    private static StringBuilder AppendCounts(StringBuilder page, List<string> responseTypes, IReadOnlyList<DisarmRow> counters)
    {
        foreach (var responseType in responseTypes)
        {
            page.Append($"<td>{counters.Count(c => c["responsetype"] == responseType)}</td>\n");
        }

        return page.Append($"<td>{counters.Count}</td>\n");
    }
}
