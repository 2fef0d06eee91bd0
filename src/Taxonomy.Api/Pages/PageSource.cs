using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Pages;

/// <summary>Renders a DISARM page from the workbook rows as they stand in the database.</summary>
public sealed class PageSource(TaxonomyDbContext db)
{
    /// <summary>The page at a path under generated_pages/ ("techniques/T0002.md"), or null if DISARM publishes none there.</summary>
    public async Task<string?> RenderAsync(string path, CancellationToken cancellationToken)
    {
        var rows = await new PageRows(db).ForAsync(path, cancellationToken);
        return new DisarmPages(new DisarmWorkbook(rows)).Render(path);
    }
}
