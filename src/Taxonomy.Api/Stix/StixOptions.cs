namespace Taxonomy.Api.Stix;

/// <summary>Settings of the STIX answers, under <c>Taxonomy:Stix</c>.</summary>
public sealed class StixOptions
{
    public const string Section = "Taxonomy:Stix";

    /// <summary>
    /// Where each object's page is published, for the <c>url</c> of its DISARM external reference:
    /// DISARM's own pages of the release the API was loaded with, as DISARM's bundle links them.
    /// </summary>
    public Uri PagesBaseUrl { get; set; } = new("https://github.com/DISARMFoundation/DISARMframeworks-17/blob/main/generated_pages/");
}
