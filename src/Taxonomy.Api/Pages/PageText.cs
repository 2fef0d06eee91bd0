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
    public static StringBuilder AppendTable(this StringBuilder page, string header, string separator, IEnumerable<string> rows)
    {
        page.Append('\n').Append(header).Append('\n').Append(separator).Append('\n');
        foreach (var row in rows)
        {
            page.Append(row);
        }

        return page;
    }

    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |\n";

    /// <summary>A link from one object page to another.</summary>
    public static string Link(string folder, string id, string name) => $"[{id} {name}](../../generated_pages/{folder}/{id}.md)";

    public static string CounterRow(DisarmRow counter) => Row(Link("counters", counter.Id, counter.Name), counter["responsetype"]);
}
