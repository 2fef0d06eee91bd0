
namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>A framework, metatechnique, response type or sector.</summary>
/// <param name="Id">The object's DISARM id. <example>S007</example></param>
/// <param name="Name">The object's name.</param>
/// <param name="Summary">What the object is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
public sealed record NamedObjectResponse(string Id, string Name, string? Summary, bool InLatestImport)
{
    public static NamedObjectResponse From<T>(T entity)
        where T : INamedObject<T> =>
        new(entity.Id, entity.Name, entity.Summary, entity.InLatestImport);
}
