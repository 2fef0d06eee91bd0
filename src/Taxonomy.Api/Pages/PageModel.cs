namespace Taxonomy.Api.Pages;

/// <summary>
/// Every object the pages show, read once for one version of the data and printed as DISARM's
/// workbooks: a page rendered from it reads nothing, and the renders of that version share it.
/// <see cref="PageModels"/> decides when one is worth building.
/// </summary>
internal sealed class PageModel
{
    /// <summary>
    /// What one object of the model counts for in its cache's budget (see <see cref="PageModels"/>),
    /// which is in bytes: an estimate of the object, its imported row and its printed cells.
    /// </summary>
    private const int BytesPerObject = 4096;

    private readonly DisarmPages _pages;

    private PageModel(DisarmPages pages, int objects)
    {
        _pages = pages;
        Size = SizeOf(objects);
    }

    /// <summary>The model's estimated size in bytes.</summary>
    public long Size { get; }

    /// <summary>The estimated size in bytes of a model of this many objects.</summary>
    public static long SizeOf(int objects) => (long)objects * BytesPerObject;

    /// <summary>The page at a path under generated_pages/, or null where DISARM publishes none: see <see cref="DisarmPages.Render"/>.</summary>
    public RenderedPage? Render(string path) => _pages.Render(path);

    /// <summary>
    /// Reads every object of the types the pages print into <paramref name="data"/>, or nothing
    /// and null when they are more than <paramref name="maxObjects"/>.
    /// </summary>
    public static async Task<PageModel?> BuildAsync(PageData data, int maxObjects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var objects = await data.CountAsync(DisarmWorkbook.Types, cancellationToken);
        if (objects > maxObjects)
        {
            return null;
        }

        await data.StartAsync(null, cancellationToken);
        var pages = await data.AllPagesAsync(cancellationToken);
        data.Finish();
        return new PageModel(pages, objects);
    }
}
