namespace Taxonomy.Domain;

/// <summary>A playbook (PB00001): a worked way of carrying out a counter.</summary>
public sealed class Playbook : DisarmObject
{
    public Playbook(string id, string counterId, string name, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Playbook, id, "id");
        Update(counterId, name, summary);
    }

    private Playbook()
    {
    }

    public string Id { get; private set; } = "";

    /// <summary>The counter the playbook carries out (DISARM's "object_id").</summary>
    public string CounterId { get; private set; } = "";

    public Counter? Counter { get; private set; }

    public string Name { get; private set; } = "";

    public string? Summary { get; private set; }

    public void Update(string counterId, string name, string? summary)
    {
        CounterId = DisarmIds.Require(DisarmIds.Counter, counterId, "counterId");
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
    }
}
