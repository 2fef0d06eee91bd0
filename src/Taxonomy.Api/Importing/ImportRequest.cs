
namespace Taxonomy.Api.Importing;

/// <summary>
/// DISARM's two master workbooks, as multipart/form-data file fields: frameworks
/// (DISARM_FRAMEWORKS_MASTER.xlsx) and data (DISARM_DATA_MASTER.xlsx); optionally stix, DISARM's
/// STIX bundle of the same release (DISARM.json); and release, the label of the release they hold.
/// </summary>
/// <remarks>
/// Settable properties rather than a positional record: MVC builds a constructor-bound model only
/// when every parameter binds, so a missing file would arrive as no request at all instead of a
/// field the validator can name. The properties carry no XML summary because the OpenAPI
/// generator would use the last one as the description of the whole form.
/// </remarks>
public sealed record ImportRequest
{
    [FromForm(Name = "frameworks")]
    public IFormFile? Frameworks { get; init; }

    [FromForm(Name = "data")]
    public IFormFile? Data { get; init; }

    [FromForm(Name = "stix")]
    public IFormFile? Stix { get; init; }

    [FromForm(Name = "release")]
    public string? Release { get; init; }
}
