using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>The Markdown pieces every object page is built from.</summary>
internal static class PageText
{
    /// <summary>Ends every object page, with no newline after it: DISARM's notes go below it.</summary>
    public const string EditMarker = "DO NOT EDIT ABOVE THIS LINE - PLEASE ADD NOTES BELOW";

    public const string CountersHeader = "| Counters | Response types |";
    public const string CountersSeparator = "| -------- | -------------- |";

    /// <summary>A table: a blank line, header and separator, then one line per row (none is fine).</summary>
    /// <remarks>
    /// Rows come as their cells and are written straight into the page: a large page, rendered
    /// uncached, would otherwise make each row's text twice over before copying it in.
    /// </remarks>
    public static StringBuilder AppendTable(this StringBuilder page, string header, string separator, IEnumerable<string[]> rows)
    {
        page.Append('\n').Append(header).Append('\n').Append(separator).Append('\n');
        foreach (var cells in rows)
        {
            page.Append("| ").AppendJoin(" | ", cells).Append(" |\n");
        }

        return page;
    }

    /// <summary>A table row's cells, in order.</summary>
    public static string[] Row(params string[] cells) => cells;

    /// <summary>A link from one object page to another.</summary>
    public static string Link(string folder, string id, string name) => $"[{id} {name}](../../generated_pages/{folder}/{id}.md)";

    public static string[] CounterRow(DisarmRow counter) => Row(Link("counters", counter.Id, counter.Name), counter["responsetype"]);
}
