namespace Taxonomy.Domain;

/// <summary>A detection (F00001): a way to notice a disinformation technique in use.</summary>
public sealed class Detection : DisarmObject, ICountermeasure
{
    public Detection(string id, CounterDetails details)
    {
        Id = DisarmIds.Require(DisarmIds.Detection, id, "id");
        Update(details);
    }

    private Detection()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public string? MetatechniqueId { get; private set; }

    public Metatechnique? Metatechnique { get; private set; }

    /// <summary>The tactic stage the detection belongs to.</summary>
    public string? TacticId { get; private set; }

    public Tactic? Tactic { get; private set; }

    public string? ResponseTypeId { get; private set; }

    public ResponseType? ResponseType { get; private set; }

    public string? HowFound { get; private set; }

    /// <summary>Free-text references, as DISARM records them.</summary>
    public string? References { get; private set; }

    public string? Notes { get; private set; }

    public ICollection<Technique> Techniques { get; private set; } = [];

    public ICollection<ActorType> ActorTypes { get; private set; } = [];

    public ICollection<Resource> Resources { get; private set; } = [];

    public ICollection<Incident> Incidents { get; private set; } = [];

    public void Update(CounterDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var links = CounterLinks.From(details);
        Name = Text.RequireName(details.Name);
        Summary = Text.Optional(details.Summary);
        MetatechniqueId = links.MetatechniqueId;
        TacticId = links.TacticId;
        ResponseTypeId = links.ResponseTypeId;
        HowFound = Text.Optional(details.HowFound);
        References = Text.Optional(details.References);
        Notes = Text.Optional(details.Notes);
    }

    public void SetTechniques(IEnumerable<Technique> techniques) => Collections.Replace(Techniques, techniques);

    public void SetActorTypes(IEnumerable<ActorType> actorTypes) => Collections.Replace(ActorTypes, actorTypes);

    public void SetResources(IEnumerable<Resource> resources) => Collections.Replace(Resources, resources);

    public void SetIncidents(IEnumerable<Incident> incidents) => Collections.Replace(Incidents, incidents);
}
