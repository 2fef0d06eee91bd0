using Taxonomy.Api.Disarm.Countermeasures;

namespace Taxonomy.Api.Disarm.Detections;

/// <summary>A detection to create or replace.</summary>
/// <param name="Id">The detection's DISARM id. Required to create; when replacing, taken from the URL. <example>F00001</example></param>
/// <param name="Name">The detection's name. <example>Analyse aborted / failed campaigns</example></param>
/// <param name="Summary">What the detection does.</param>
/// <param name="MetatechniqueId">The family of detections it belongs to. <example>M004</example></param>
/// <param name="TacticId">The tactic stage it belongs to. <example>TA01</example></param>
/// <param name="ResponseTypeId">How it responds. <example>D02</example></param>
/// <param name="TechniqueIds">The techniques it detects. <example>["T0002"]</example></param>
/// <param name="ActorTypeIds">The actor types who can run it. <example>["A033"]</example></param>
/// <param name="ResourceIds">The resources it needs. <example>["R004"]</example></param>
/// <param name="IncidentIds">The incidents it has been seen in. <example>["I00049"]</example></param>
/// <param name="HowFound">How DISARM found it. <example>2019-11-workshop</example></param>
/// <param name="References">Free-text references.</param>
/// <param name="Notes">Curators' notes.</param>
public sealed record DetectionRequest(
    string? Id,
    string? Name,
    string? Summary,
    string? MetatechniqueId,
    string? TacticId,
    string? ResponseTypeId,
    IReadOnlyList<string?>? TechniqueIds,
    IReadOnlyList<string?>? ActorTypeIds,
    IReadOnlyList<string?>? ResourceIds,
    IReadOnlyList<string?>? IncidentIds,
    string? HowFound,
    string? References,
    string? Notes) : ICountermeasureRequest;

internal sealed class DetectionRequestValidator() : CountermeasureRequestValidator<DetectionRequest>(DisarmIds.Detection);
