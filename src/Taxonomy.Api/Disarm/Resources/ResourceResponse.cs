using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Resources;

/// <summary>A resource a counter needs.</summary>
/// <param name="Id">The resource's DISARM id. <example>R004</example></param>
/// <param name="Name">The resource's name.</param>
/// <param name="Summary">What the resource is.</param>
/// <param name="ResourceType">The kind of resource.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record ResourceResponse(string Id, string Name, string? Summary, string? ResourceType, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Resource, ResourceResponse>> Projection = r => new ResourceResponse(r.Id, r.Name, r.Summary, r.ResourceType, r.InLatestImport, r.Version, r.Modified);

    public static ResourceResponse From(Resource r) => new(r.Id, r.Name, r.Summary, r.ResourceType, r.InLatestImport, r.Version, r.Modified);
}
