namespace Taxonomy.Domain;

/// <summary>
/// A DISARM task (TK0001 Goal setting): what a tactic sets out to do. Named DisarmTask so that it
/// never shadows <see cref="System.Threading.Tasks.Task"/>.
/// </summary>
public sealed class DisarmTask : DisarmObject
{
    public DisarmTask(string id, string name, string? tacticId, string? frameworkId, string? summary)
    {
        Id = DisarmIds.Require(DisarmIds.Task, id, "id");
        Update(name, tacticId, frameworkId, summary);
    }

    private DisarmTask()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? TacticId { get; private set; }

    public Tactic? Tactic { get; private set; }

    public string? FrameworkId { get; private set; }

    public Framework? Framework { get; private set; }

    public string? Summary { get; private set; }

    public void Update(string name, string? tacticId, string? frameworkId, string? summary)
    {
        Name = Text.RequireName(name);
        TacticId = tacticId is null ? null : DisarmIds.Require(DisarmIds.Tactic, tacticId, "tacticId");
        FrameworkId = frameworkId is null ? null : DisarmIds.Require(DisarmIds.Framework, frameworkId, "frameworkId");
        Summary = Text.Optional(summary);
    }
}
