namespace Taxonomy.Domain;

/// <summary>A family of counters that work the same way, such as M004 Friction.</summary>
public sealed class Metatechnique : DisarmObject, INamedObject<Metatechnique>
{
    public Metatechnique(string id, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Metatechnique, id, "id");
        Update(name, summary);
    }

    private Metatechnique()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public static Metatechnique Create(string id, string name, string? summary) => new(id, name, summary);

    public void Update(string name, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }
}
