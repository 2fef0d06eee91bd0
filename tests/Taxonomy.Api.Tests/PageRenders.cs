using System.Globalization;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The two ways a page is rendered (see <see cref="Pages.PageModels"/>): from the model of the
/// data's version, which with <see cref="FromAModel"/> renders before it a version gets from its
/// first render, or from the page's own reads, which with <see cref="FromReads"/> it never stops
/// doing. Tests of what pages print run both.
/// </summary>
internal static class PageRenders
{
    public const int FromAModel = 0;

    public const int FromReads = int.MaxValue;

    /// <summary>An API over its own copy of the imported v1.7 that renders pages after this many renders from reads from a model.</summary>
    public static async Task<TaxonomyApiFactory> CopyImportedAsync(int rendersBeforeModel) => RenderingAfter(await ImportedDatabase.CopyAsync(), rendersBeforeModel);

    /// <summary>An API over a database of its own that nothing was imported into, rendering pages as <see cref="CopyImportedAsync"/> does.</summary>
    public static TaxonomyApiFactory WithoutImport(int rendersBeforeModel) => RenderingAfter(new TaxonomyApiFactory(), rendersBeforeModel);

    private static TaxonomyApiFactory RenderingAfter(TaxonomyApiFactory factory, int rendersBeforeModel) =>
        factory.With("Taxonomy:Limits:PageRendersBeforeModel", rendersBeforeModel.ToString(CultureInfo.InvariantCulture));
}
