namespace Taxonomy.Api;

/// <summary>The API's own settings, in the <c>Taxonomy</c> section of the configuration.</summary>
public sealed class TaxonomyOptions
{
    public const string Section = "Taxonomy";

    /// <summary>Whether PUT, DELETE and restore must carry If-Match (428 without it). Off by default.</summary>
    public bool RequireIfMatch { get; set; }
}
