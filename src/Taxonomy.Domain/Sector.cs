namespace Taxonomy.Domain;

/// <summary>A sector of society that actor types belong to, such as S007 Platform.</summary>
public sealed class Sector : DisarmObject, INamedObject<Sector>
{
    public Sector(string id, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Sector, id, "id");
        Update(name, summary);
    }

    private Sector()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public static Sector Create(string id, string name, string? summary) => new(id, name, summary);

    public void Update(string name, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }
}
