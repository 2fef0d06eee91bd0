namespace Taxonomy.Api.Disarm.Countermeasures;

/// <summary>What requests to create or replace a counter or a detection share.</summary>
public interface ICountermeasureRequest : INamedRequest
{
    string? MetatechniqueId { get; }

    string? TacticId { get; }

    string? ResponseTypeId { get; }

    IReadOnlyList<string?>? TechniqueIds { get; }

    IReadOnlyList<string?>? ActorTypeIds { get; }

    IReadOnlyList<string?>? ResourceIds { get; }

    IReadOnlyList<string?>? IncidentIds { get; }

    string? HowFound { get; }

    string? References { get; }

    string? Notes { get; }
}
