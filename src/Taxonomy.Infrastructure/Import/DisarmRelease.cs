using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// A DISARM release as read from its workbooks: objects checked by the domain, and for each object
/// the ids of the objects it links to, all of which exist in the release.
/// </summary>
internal sealed class DisarmRelease
{
    public List<Framework> Frameworks { get; } = [];

    public List<Phase> Phases { get; } = [];

    public List<Tactic> Tactics { get; } = [];

    /// <summary>Techniques before their sub-techniques.</summary>
    public List<Technique> Techniques { get; } = [];

    public List<DisarmTask> Tasks { get; } = [];

    public List<Metatechnique> Metatechniques { get; } = [];

    public List<ResponseType> ResponseTypes { get; } = [];

    public List<Resource> Resources { get; } = [];

    public List<Sector> Sectors { get; } = [];

    public List<LinkedActorType> ActorTypes { get; } = [];

    public List<Incident> Incidents { get; } = [];

    public List<Reference> References { get; } = [];

    public List<LinkedCounter> Counters { get; } = [];

    public List<LinkedDetection> Detections { get; } = [];

    public List<Playbook> Playbooks { get; } = [];

    public List<LinkedIncidentTechnique> IncidentTechniques { get; } = [];

    public List<AssociatedTechnique> AssociatedTechniques { get; } = [];
}

/// <summary>The objects a counter or detection row links to.</summary>
internal sealed record CounterLinkIds(
    IReadOnlyList<string> TechniqueIds,
    IReadOnlyList<string> ActorTypeIds,
    IReadOnlyList<string> ResourceIds,
    IReadOnlyList<string> IncidentIds);

internal sealed record LinkedActorType(ActorType ActorType, IReadOnlyList<string> SectorIds, IReadOnlyList<string> FrameworkIds);

internal sealed record LinkedCounter(Counter Counter, CounterLinkIds Links);

internal sealed record LinkedDetection(Detection Detection, CounterLinkIds Links);

internal sealed record LinkedIncidentTechnique(IncidentTechnique Mapping, IReadOnlyList<string> TechniqueIds);
