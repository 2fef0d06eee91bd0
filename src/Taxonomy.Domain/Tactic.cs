namespace Taxonomy.Domain;

/// <summary>A stage of an operation (TA06 Develop Content), inside a phase; techniques sit in tactics.</summary>
public sealed class Tactic : DisarmObject
{
    public Tactic(string id, string name, string phaseId, int rank, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Tactic, id, "id");
        Update(name, phaseId, rank, summary);
    }

    private Tactic()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string PhaseId { get; private set; } = "";

    public Phase? Phase { get; private set; }

    /// <summary>DISARM's display order of the tactics, across phases.</summary>
    public int Rank { get; private set; }

    public string? Summary { get; private set; }

    public void Update(string name, string phaseId, int rank, string? summary)
    {
        Name = Text.RequireName(name);
        PhaseId = DisarmIds.Require(DisarmIds.Phase, phaseId, "phaseId");
        Rank = Ranks.Require(rank);
        Summary = Text.Optional(summary);
    }
}
