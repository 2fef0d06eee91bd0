namespace Taxonomy.Domain;

/// <summary>A resource a counter needs, such as R004 platform algorithms.</summary>
public sealed class Resource : DisarmObject
{
    public Resource(string id, string name, string? summary, string? resourceType)
    {
        Id = DisarmIds.Require(DisarmIds.Resource, id, "id");
        Update(name, summary, resourceType);
    }

    private Resource()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public string? ResourceType { get; private set; }

    public void Update(string name, string? summary, string? resourceType)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
        ResourceType = Text.Optional(resourceType);
    }
}
