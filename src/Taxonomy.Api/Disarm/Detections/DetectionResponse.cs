using System.Linq.Expressions;

namespace Taxonomy.Api.Disarm.Detections;

/// <summary>A way to notice a disinformation technique in use.</summary>
/// <param name="Id">The detection's DISARM id. <example>F00001</example></param>
/// <param name="Name">The detection's name.</param>
/// <param name="Summary">What the detection does.</param>
/// <param name="MetatechniqueId">The family of detections it belongs to.</param>
/// <param name="TacticId">The tactic stage it belongs to.</param>
/// <param name="ResponseTypeId">How it responds.</param>
/// <param name="TechniqueIds">The techniques it detects.</param>
/// <param name="ActorTypeIds">The actor types who can run it.</param>
/// <param name="ResourceIds">The resources it needs.</param>
/// <param name="IncidentIds">The incidents it has been seen in.</param>
/// <param name="HowFound">How DISARM found it.</param>
/// <param name="References">Free-text references.</param>
/// <param name="Notes">Curators' notes.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
public sealed record DetectionResponse(
    string Id,
    string Name,
    string? Summary,
    string? MetatechniqueId,
    string? TacticId,
    string? ResponseTypeId,
    IReadOnlyList<string> TechniqueIds,
    IReadOnlyList<string> ActorTypeIds,
    IReadOnlyList<string> ResourceIds,
    IReadOnlyList<string> IncidentIds,
    string? HowFound,
    string? References,
    string? Notes,
    bool InLatestImport, int Version, DateTime Modified) : IVersionedResponse
{
    public static readonly Expression<Func<Detection, DetectionResponse>> Projection = c => new DetectionResponse(
        c.Id, c.Name, c.Summary, c.MetatechniqueId, c.TacticId, c.ResponseTypeId,
        c.Techniques.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.ActorTypes.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.Resources.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.Incidents.OrderBy(x => x.Id).Select(x => x.Id).ToList(),
        c.HowFound, c.References, c.Notes, c.InLatestImport, c.Version, c.Modified);

    private static readonly Func<Detection, DetectionResponse> Map = Projection.Compile();

    public static DetectionResponse From(Detection detection) => Map(detection);
}
