namespace Taxonomy.Domain;

/// <summary>How a counter responds (D01 Detect … D07 Exposure).</summary>
public sealed class ResponseType : DisarmObject, INamedObject<ResponseType>
{
    public ResponseType(string id, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.ResponseType, id, "id");
        Update(name, summary);
    }

    private ResponseType()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public static ResponseType Create(string id, string name, string? summary) => new(id, name, summary);

    public void Update(string name, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }
}
