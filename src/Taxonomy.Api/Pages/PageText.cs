using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>The Markdown pieces every object page is built from.</summary>
internal static class PageText
{
    /// <summary>Ends every object page, with no newline after it: DISARM's notes go below it.</summary>
    public const string EditMarker = "DO NOT EDIT ABOVE THIS LINE - PLEASE ADD NOTES BELOW";

    /// <summary>Pages longer than this many characters are not worth a builder kept for the thread's next page.</summary>
    private const int KeptBuilderChars = 128 * 1024;

    /// <summary>
    /// The builder of the thread's last page, kept for its next one: a page is built in one go
    /// on one thread, and pages rendered uncached one after another would each grow a builder
    /// of their own, in chunks, only to copy it into their text.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_keptBuilder;

    public const string CountersHeader = "| Counters | Response types |";
    public const string CountersSeparator = "| -------- | -------------- |";

    /// <summary>An empty builder for an object page, to be ended with <see cref="EndPage"/> on the same thread.</summary>
    public static StringBuilder StartPage()
    {
        var page = t_keptBuilder ?? new StringBuilder();
        t_keptBuilder = null;
        return page.Clear();
    }

    /// <summary>The page closed with the <see cref="EditMarker"/>; the builder is kept for the thread's next page.</summary>
    public static RenderedPage EndPage(StringBuilder page)
    {
        var rendered = new RenderedPage(page.Append(EditMarker));
        if (page.Capacity <= KeptBuilderChars)
        {
            t_keptBuilder = page;
        }

        return rendered;
    }

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
    public static string Link(DisarmType type, string id, string name) => $"[{id} {name}](../../generated_pages/{type.PageFolder}/{id}.md)";

    public static string[] CounterRow(DisarmRow counter) => Row(Link(DisarmTypes.Counters, counter.Id, counter.Name), counter["responsetype"]);
}
