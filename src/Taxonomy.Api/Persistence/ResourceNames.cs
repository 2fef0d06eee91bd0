using Taxonomy.Domain;

namespace Taxonomy.Api.Persistence;

/// <summary>The URL segment under /api/v1 of each domain type, for messages that point at objects.</summary>
internal static class ResourceNames
{
    private static readonly Dictionary<Type, string> Names = new()
    {
        [typeof(Framework)] = "frameworks",
        [typeof(Phase)] = "phases",
        [typeof(Tactic)] = "tactics",
        [typeof(Technique)] = "techniques",
        [typeof(DisarmTask)] = "tasks",
        [typeof(Incident)] = "incidents",
        [typeof(Reference)] = "references",
        [typeof(IncidentTechnique)] = "incident-techniques",
        [typeof(AssociatedTechnique)] = "associated-techniques",
        [typeof(Counter)] = "counters",
        [typeof(Detection)] = "detections",
        [typeof(Metatechnique)] = "metatechniques",
        [typeof(ResponseType)] = "response-types",
        [typeof(ActorType)] = "actor-types",
        [typeof(Resource)] = "resources",
        [typeof(Sector)] = "sectors",
        [typeof(Playbook)] = "playbooks",
    };

    public static string Of(Type entityType) => Names.TryGetValue(entityType, out var name) ? name : entityType.Name;
}
