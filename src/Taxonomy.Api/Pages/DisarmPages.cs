namespace Taxonomy.Api.Pages;

/// <summary>
/// DISARM's published Markdown pages (generated_pages/), rendered from the workbook rows so that
/// each is byte for byte the page DISARM's generator writes from the same workbooks.
/// </summary>
internal sealed class DisarmPages
{
    private readonly Dictionary<string, Func<string>> _topLevel;
    private readonly Dictionary<string, (DisarmSheet Sheet, Func<DisarmRow, RenderedPage> Render)> _folders;

    public DisarmPages(DisarmWorkbook workbook)
    {
        var objects = new ObjectPages(workbook);
        _folders = new (DisarmSheet Sheet, Func<DisarmRow, RenderedPage> Render)[]
        {
            (workbook.Techniques, objects.Technique),
            (workbook.Incidents, objects.Incident),
            (workbook.Counters, objects.Counter),
            (workbook.Tactics, objects.Tactic),
            (workbook.Phases, ObjectPages.Phase),
            (workbook.Tasks, ObjectPages.Task),
            (workbook.ActorTypes, objects.ActorType),
            (workbook.Metatechniques, objects.Metatechnique),
        }.ToDictionary(pages => pages.Sheet.Type.PageFolder!, StringComparer.Ordinal);
        _topLevel = new(StringComparer.Ordinal)
        {
            ["disarm_red_framework.md"] = () => FrameworkPages.RedFramework(workbook),
            ["disarm_blue_framework.md"] = () => FrameworkPages.BlueFramework(workbook),
            ["tactics_by_responsetype_table.md"] = () => FrameworkPages.TacticsByResponseType(workbook),
            ["metatechniques_by_responsetype_table.md"] = () => FrameworkPages.MetatechniquesByResponseType(workbook),
        };
    }

    /// <summary>
    /// The page at a path under generated_pages/ ("techniques/T0002.md", "disarm_red_framework.md"),
    /// or null if there is none here: the index pages are written as they are read (see <see cref="IndexPage"/>).
    /// </summary>
    public RenderedPage? Render(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (_topLevel.TryGetValue(path, out var render))
        {
            return new RenderedPage(render());
        }

        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !_folders.TryGetValue(path[..slash], out var folder) || !path.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        var id = path[(slash + 1)..^".md".Length];
        return id.Length > 0 && folder.Sheet.Find(id) is { } row ? folder.Render(row) : null;
    }

    /// <summary>Every page there is: one per object of the eight page types, then the index pages, then the other top-level pages.</summary>
    public IEnumerable<string> Paths() =>
        _folders.SelectMany(folder => folder.Value.Sheet.Ids.Where(id => id.Length > 0).Select(id => $"{folder.Key}/{id}.md"))
            .Concat(IndexPage.All.Select(index => index.File)).Concat(_topLevel.Keys);
}
