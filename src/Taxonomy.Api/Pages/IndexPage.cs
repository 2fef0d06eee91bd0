using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>
/// An *_index.md page: an HTML table of every row of one sheet, with the columns DISARM chose,
/// each id linking to a page in <paramref name="Folder"/>.
/// </summary>
/// <param name="File">The page's file name under generated_pages/.</param>
/// <param name="Type">The type whose sheet the page lists.</param>
/// <param name="Folder">The folder the ids link into, which names the page too.</param>
/// <param name="Columns">The columns after disarm_id.</param>
internal sealed record IndexPage(string File, DisarmType Type, string Folder, params string[] Columns)
{
    /// <summary>Every index page DISARM publishes.</summary>
    public static readonly IReadOnlyList<IndexPage> All =
    [
        Of(DisarmTypes.Phases, "name", "summary"),
        Of(DisarmTypes.Tactics, "name", "summary", "phase_id"),
        Of(DisarmTypes.Techniques, "name", "summary", "tactic_id"),
        Of(DisarmTypes.Tasks, "name", "summary", "tactic_id"),
        Of(DisarmTypes.Incidents, "name", "objecttype", "year_started", "found_in_country", "found_via"),
        Of(DisarmTypes.Counters, "name", "summary", "metatechnique", "tactic", "responsetype"),
        Of(DisarmTypes.Metatechniques, "name", "summary"),
        Of(DisarmTypes.ActorTypes, "name", "summary", "sector_ids"),

        // These two link into folders where DISARM publishes no pages ("response types" with the space).
        new("responsetype_index.md", DisarmTypes.ResponseTypes, "response types", "name", "summary"),
        new("detections_index.md", DisarmTypes.Detections, "detections", "name", "summary", "metatechnique", "tactic", "responsetype"),
    ];

    /// <summary>The index of a type with pages, named after their folder.</summary>
    private static IndexPage Of(DisarmType type, params string[] columns) =>
        new($"{type.PageFolder}_index.md", type, type.PageFolder ?? throw new ArgumentException($"DISARM publishes no pages of {type.Resource}.", nameof(type)), columns);

    private static readonly Dictionary<string, IndexPage> ByFile = All.ToDictionary(page => page.File, StringComparer.Ordinal);

    /// <summary>The index page of this file name, or null.</summary>
    public static IndexPage? Find(string file) => ByFile.GetValueOrDefault(file);

    /// <summary>
    /// Writes the page a row at a time as <paramref name="rows"/> yields them, so that a page of
    /// any length costs the memory of a row, not of the page.
    /// </summary>
    public async Task WriteAsync(IAsyncEnumerable<DisarmRow> rows, TextWriter writer, CancellationToken cancellationToken)
    {
        var text = new StringBuilder($"# DISARM {Capitalize(Folder)}:\n\n<table border=\"1\">\n<tr>\n<th>disarm_id</th>\n");
        foreach (var column in Columns)
        {
            text.Append($"<th>{column}</th>\n");
        }

        text.Append("</tr>\n");
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            text.Append($"<tr>\n<td><a href=\"{Folder}/{row.Id}.md\">{row.Id}</a></td>\n");
            foreach (var column in Columns)
            {
                text.Append($"<td>{row[column]}</td>\n");
            }

            text.Append("</tr>\n");
            await writer.WriteAsync(text, cancellationToken);
            text.Clear();
        }

        await writer.WriteAsync(text.Append("</table>\n"), cancellationToken);
    }

    /// <summary>Python's str.capitalize, which DISARM's titles come from: "response types" is "Response types".</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..].ToLowerInvariant();
}
