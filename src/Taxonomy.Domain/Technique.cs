namespace Taxonomy.Domain;

/// <summary>
/// A technique (T0166) or, when its id has a dot, a sub-technique (T0166.003) of the technique
/// named before the dot. A sub-technique always sits in its parent's tactic.
/// </summary>
public sealed class Technique : DisarmObject
{
    private Technique(string id, string name, string tacticId, string? parentId, string? summary)
    {
        Id = id;
        Name = Text.RequireName(name);
        TacticId = tacticId;
        ParentId = parentId;
        Summary = Text.Optional(summary);
    }

    private Technique()
    {
    }

    public string Id { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string TacticId { get; private set; } = "";

    public Tactic? Tactic { get; private set; }

    /// <summary>The parent technique's id for a sub-technique; null for a technique.</summary>
    public string? ParentId { get; private set; }

    public Technique? Parent { get; private set; }

    public ICollection<Technique> Subtechniques { get; private set; } = [];

    public string? Summary { get; private set; }

    public bool IsSubtechnique => ParentId is not null;

    /// <summary>
    /// Creates a technique, or a sub-technique when <paramref name="id"/> has a dot. A sub-technique
    /// needs its <paramref name="parent"/> and takes the parent's tactic; a technique needs a tactic.
    /// </summary>
    public static Technique Create(string id, string name, string? tacticId, string? summary, Technique? parent)
    {
        var normalizedId = DisarmIds.Require(DisarmIds.Technique, id, "id");
        var parentId = DisarmIds.ParentOf(normalizedId);
        if (parentId is null)
        {
            return new Technique(normalizedId, name, RequireTactic(tacticId), null, summary);
        }

        if (parent is null || parent.Id != parentId)
        {
            throw new DomainRuleException("id", $"Sub-technique {normalizedId} needs its parent technique {parentId}, which does not exist.");
        }

        var technique = new Technique(normalizedId, name, parent.TacticId, parentId, summary);
        technique.RequireParentTactic(tacticId);
        return technique;
    }

    /// <summary>
    /// Replaces the technique's fields. Moving a technique to another tactic moves its
    /// sub-techniques with it, so <see cref="Subtechniques"/> must be loaded.
    /// </summary>
    public void Update(string name, string? tacticId, string? summary)
    {
        Name = Text.RequireName(name);
        Summary = Text.Optional(summary);
        if (IsSubtechnique)
        {
            RequireParentTactic(tacticId);
            return;
        }

        TacticId = RequireTactic(tacticId);
        foreach (var subtechnique in Subtechniques)
        {
            subtechnique.TacticId = TacticId;
        }
    }

    private static string RequireTactic(string? tacticId) =>
        tacticId is null
            ? throw new DomainRuleException("tacticId", "A technique needs a tactic.")
            : DisarmIds.Require(DisarmIds.Tactic, tacticId, "tacticId");

    private void RequireParentTactic(string? tacticId)
    {
        if (tacticId is not null && DisarmIds.Normalize(tacticId) != TacticId)
        {
            throw new DomainRuleException("tacticId", $"A sub-technique sits in its parent's tactic, {TacticId}; leave tacticId out or set it to {TacticId}.");
        }
    }
}
