namespace Taxonomy.Domain;

/// <summary>A phase of an operation (P01 Plan … P04 Assess); phases order the tactics.</summary>
public sealed class Phase : DisarmObject
{
    public Phase(string id, string name, int rank, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Phase, id, "id");
        Update(name, rank, summary);
    }

    private Phase()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    /// <summary>DISARM's display order of the phases.</summary>
    public int Rank { get; private set; }

    public string? Summary { get; private set; }

    public void Update(string name, int rank, string? summary)
    {
        Name = Text.RequireName(name);
        Rank = Ranks.Require(rank);
        Summary = Text.Optional(summary);
    }
}
