namespace Taxonomy.Domain;

/// <summary>
/// What counters (C00006) and detections (F00001) share: DISARM keeps both in sheets of one shape,
/// linked to the same kinds of object, so code that reads either needs only this.
/// </summary>
public interface ICountermeasure
{
    string Id { get; }

    string Name { get; }

    string? Summary { get; }

    string? MetatechniqueId { get; }

    Metatechnique? Metatechnique { get; }

    string? TacticId { get; }

    Tactic? Tactic { get; }

    string? ResponseTypeId { get; }

    ResponseType? ResponseType { get; }

    string? HowFound { get; }

    string? References { get; }

    string? Notes { get; }

    ICollection<Technique> Techniques { get; }

    ICollection<ActorType> ActorTypes { get; }

    ICollection<Resource> Resources { get; }

    ICollection<Incident> Incidents { get; }

    void SetTechniques(IEnumerable<Technique> techniques);

    void SetActorTypes(IEnumerable<ActorType> actorTypes);

    void SetResources(IEnumerable<Resource> resources);

    void SetIncidents(IEnumerable<Incident> incidents);
}
