namespace Taxonomy.Domain;

/// <summary>
/// One row of DISARM's incidenttechniques sheet (IT00000215): a passage quoted from an incident's
/// source, and the techniques that passage shows.
/// </summary>
public sealed class IncidentTechnique : DisarmObject
{
    public IncidentTechnique(string id, string incidentId, string? description, string? disarmVersion)
    {
        Id = DisarmIds.Require(DisarmIds.IncidentTechnique, id, "id");
        Update(incidentId, description, disarmVersion);
    }

    private IncidentTechnique()
    {
    }

    public string Id { get; private set; } = "";

    public string IncidentId { get; private set; } = "";

    public Incident? Incident { get; private set; }

    /// <summary>The passage quoted from the incident's source (DISARM's "name" column).</summary>
    public string? Description { get; private set; }

    /// <summary>The DISARM release that added the mapping, e.g. "1.7".</summary>
    public string? DisarmVersion { get; private set; }

    public ICollection<Technique> Techniques { get; private set; } = [];

    public void Update(string incidentId, string? description, string? disarmVersion)
    {
        IncidentId = DisarmIds.Require(DisarmIds.Incident, incidentId, "incidentId");
        Description = Text.Optional(description);
        DisarmVersion = Text.Optional(disarmVersion)?.Trim();
    }

    public void SetTechniques(IReadOnlyCollection<Technique> techniques)
    {
        ArgumentNullException.ThrowIfNull(techniques);
        if (techniques.Count == 0)
        {
            throw new DomainRuleException("techniqueIds", "A mapping names at least one technique.");
        }

        Collections.Replace(Techniques, techniques);
    }
}
