
namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>A framework, metatechnique, response type or sector.</summary>
/// <param name="Id">The object's DISARM id. <example>S007</example></param>
/// <param name="Name">The object's name.</param>
/// <param name="Summary">What the object is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record NamedObjectResponse(string Id, string Name, string? Summary, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static NamedObjectResponse From<T>(T entity)
        where T : DisarmObject, INamedObject<T> =>
        new(entity.Id, entity.Name, entity.Summary, entity.InLatestImport, entity.Version, entity.Modified);
}
