using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.ActorTypes;

/// <summary>A kind of actor who can run counters.</summary>
/// <param name="Id">The actor type's DISARM id. <example>A033</example></param>
/// <param name="Name">The actor type's name.</param>
/// <param name="Summary">Who this actor is.</param>
/// <param name="SectorIds">The sectors this actor type belongs to, by id.</param>
/// <param name="FrameworkIds">The frameworks from whose viewpoint it acts, by id.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record ActorTypeResponse(string Id, string Name, string? Summary, IReadOnlyList<string> SectorIds, IReadOnlyList<string> FrameworkIds, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<ActorType, ActorTypeResponse>> Projection = a => new ActorTypeResponse(
        a.Id, a.Name, a.Summary, a.Sectors.OrderBy(s => s.Id).Select(s => s.Id).ToList(), a.Frameworks.OrderBy(f => f.Id).Select(f => f.Id).ToList(), a.InLatestImport, a.Version, a.Modified);

    public static ActorTypeResponse From(ActorType a) => new(
        a.Id, a.Name, a.Summary, a.Sectors.Select(s => s.Id).Order(StringComparer.Ordinal).ToList(), a.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal).ToList(), a.InLatestImport, a.Version, a.Modified);
}
