using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.References;

/// <summary>A source document that incidents cite by URL.</summary>
/// <param name="Id">The number the API gave the reference; references have no DISARM id. <example>1</example></param>
/// <param name="Url">The document's URL.</param>
/// <param name="PublishedOn">The publication date, when known as a date.</param>
/// <param name="PublishedOnText">The publication date as DISARM wrote it, when it is text rather than a date.</param>
/// <param name="Authors">The authors.</param>
/// <param name="Organisation">The publishing organisation.</param>
/// <param name="ArchiveUrl">An archived copy.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record ReferenceResponse(int Id, string Url, DateOnly? PublishedOn, string? PublishedOnText, string? Authors, string? Organisation, string? ArchiveUrl, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Reference, ReferenceResponse>> Projection =
        r => new ReferenceResponse(r.Id, r.Url, r.PublishedOn, r.PublishedOnText, r.Authors, r.Organisation, r.ArchiveUrl, r.InLatestImport, r.Version, r.Modified);

    public static ReferenceResponse From(Reference r) => new(r.Id, r.Url, r.PublishedOn, r.PublishedOnText, r.Authors, r.Organisation, r.ArchiveUrl, r.InLatestImport, r.Version, r.Modified);
}
