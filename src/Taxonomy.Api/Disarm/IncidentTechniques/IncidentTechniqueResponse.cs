using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.IncidentTechniques;

/// <summary>A passage quoted from an incident's source, mapped to the techniques it shows.</summary>
/// <param name="Id">The mapping's DISARM id. <example>IT00000215</example></param>
/// <param name="IncidentId">The incident the passage comes from.</param>
/// <param name="TechniqueIds">The techniques the passage shows, by id.</param>
/// <param name="Description">The passage quoted from the incident's source.</param>
/// <param name="DisarmVersion">The DISARM release that added the mapping.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record IncidentTechniqueResponse(string Id, string IncidentId, IReadOnlyList<string> TechniqueIds, string? Description, string? DisarmVersion, bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<IncidentTechnique, IncidentTechniqueResponse>> Projection = m => new IncidentTechniqueResponse(
        m.Id, m.IncidentId, m.Techniques.OrderBy(t => t.Id).Select(t => t.Id).ToList(), m.Description, m.DisarmVersion, m.InLatestImport, m.Version, m.Modified);

    /// <summary>The mapping without its techniques, for lists that read those in a query of their own.</summary>
    public static readonly Expression<Func<IncidentTechnique, IncidentTechniqueResponse>> WithoutTechniques = m => new IncidentTechniqueResponse(
        m.Id, m.IncidentId, Array.Empty<string>(), m.Description, m.DisarmVersion, m.InLatestImport, m.Version, m.Modified);

    public static IncidentTechniqueResponse From(IncidentTechnique m) => new(
        m.Id, m.IncidentId, m.Techniques.Select(t => t.Id).Order(StringComparer.Ordinal).ToList(), m.Description, m.DisarmVersion, m.InLatestImport, m.Version, m.Modified);
}
