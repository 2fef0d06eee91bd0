using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Disarm.ActorTypes;
using Taxonomy.Api.Disarm.AssociatedTechniques;
using Taxonomy.Api.Disarm.Counters;
using Taxonomy.Api.Disarm.Detections;
using Taxonomy.Api.Disarm.IncidentTechniques;
using Taxonomy.Api.Disarm.Incidents;
using Taxonomy.Api.Disarm.NamedObjects;
using Taxonomy.Api.Disarm.Phases;
using Taxonomy.Api.Disarm.Playbooks;
using Taxonomy.Api.Disarm.References;
using Taxonomy.Api.Disarm.Resources;
using Taxonomy.Api.Disarm.Tactics;
using Taxonomy.Api.Disarm.Tasks;
using Taxonomy.Api.Disarm.Techniques;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.History;

/// <summary>
/// Each DISARM object as its resource shows it, in the API's JSON, for the versions kept of it:
/// a version holds exactly what GET of the object returned then.
/// </summary>
internal sealed class ResourceSnapshots(IOptions<JsonOptions> json) : IResourceSnapshots
{
    private static readonly Dictionary<Type, Func<object, object>> Responses = new()
    {
        [typeof(Framework)] = e => NamedObjectResponse.From((Framework)e),
        [typeof(Phase)] = e => PhaseResponse.From((Phase)e),
        [typeof(Tactic)] = e => TacticResponse.From((Tactic)e),
        [typeof(Technique)] = e => TechniqueResponse.From((Technique)e),
        [typeof(DisarmTask)] = e => TaskResponse.From((DisarmTask)e),
        [typeof(Metatechnique)] = e => NamedObjectResponse.From((Metatechnique)e),
        [typeof(ResponseType)] = e => NamedObjectResponse.From((ResponseType)e),
        [typeof(Resource)] = e => ResourceResponse.From((Resource)e),
        [typeof(Sector)] = e => NamedObjectResponse.From((Sector)e),
        [typeof(ActorType)] = e => ActorTypeResponse.From((ActorType)e),
        [typeof(Incident)] = e => IncidentResponse.From((Incident)e),
        [typeof(Reference)] = e => ReferenceResponse.From((Reference)e),
        [typeof(Counter)] = e => CounterResponse.From((Counter)e),
        [typeof(Detection)] = e => DetectionResponse.From((Detection)e),
        [typeof(Playbook)] = e => PlaybookResponse.From((Playbook)e),
        [typeof(IncidentTechnique)] = e => IncidentTechniqueResponse.From((IncidentTechnique)e),
        [typeof(AssociatedTechnique)] = e => AssociatedTechniqueResponse.From((AssociatedTechnique)e),
    };

    /// <summary>The DISARM types that have no resource here: a test checks there are none.</summary>
    public static IEnumerable<DisarmType> Missing => DisarmTypes.All.Where(type => !Responses.ContainsKey(type.Entity));

    public JsonObject Snapshot(object entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return JsonSerializer.SerializeToNode(Responses[entity.GetType()](entity), json.Value.JsonSerializerOptions)!.AsObject();
    }
}
