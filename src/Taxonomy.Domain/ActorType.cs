namespace Taxonomy.Domain;

/// <summary>A kind of actor who can run counters (A033 social media platform owner).</summary>
public sealed class ActorType : DisarmObject
{
    public ActorType(string id, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.ActorType, id, "id");
        Update(name, summary);
    }

    private ActorType()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public ICollection<Sector> Sectors { get; private set; } = [];

    /// <summary>The frameworks (red, blue, …) from whose viewpoint this actor type acts.</summary>
    public ICollection<Framework> Frameworks { get; private set; } = [];

    public void Update(string name, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }

    public void SetSectors(IEnumerable<Sector> sectors) => Collections.Replace(Sectors, sectors);

    public void SetFrameworks(IEnumerable<Framework> frameworks) => Collections.Replace(Frameworks, frameworks);
}
