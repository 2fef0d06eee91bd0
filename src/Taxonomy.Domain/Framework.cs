namespace Taxonomy.Domain;

/// <summary>A DISARM framework: FW01 Red (incident creation), FW02 Blue (counters), FW03 Green.</summary>
public sealed class Framework : DisarmObject, INamedObject<Framework>
{
    public Framework(string id, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Framework, id, "id");
        Update(name, summary);
    }

    private Framework()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public static Framework Create(string id, string name, string? summary) => new(id, name, summary);

    public void Update(string name, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }
}
