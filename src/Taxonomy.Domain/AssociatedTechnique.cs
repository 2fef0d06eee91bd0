namespace Taxonomy.Domain;

/// <summary>
/// A note (AT00000001) that one technique is related to another, and how to choose between them.
/// </summary>
public sealed class AssociatedTechnique : DisarmObject
{
    public AssociatedTechnique(string id, string techniqueId, string associatedTechniqueId, string? description)
    {
        Id = DisarmIds.Require(DisarmIds.AssociatedTechnique, id, "id");
        Update(techniqueId, associatedTechniqueId, description);
    }

    private AssociatedTechnique()
    {
    }

    public string Id { get; private set; } = "";

    public string TechniqueId { get; private set; } = "";

    public Technique? Technique { get; private set; }

    public string AssociatedTechniqueId { get; private set; } = "";

    public Technique? Associated { get; private set; }

    public string? Description { get; private set; }

    public void Update(string techniqueId, string associatedTechniqueId, string? description)
    {
        TechniqueId = DisarmIds.Require(DisarmIds.Technique, techniqueId, "techniqueId");
        AssociatedTechniqueId = DisarmIds.Require(DisarmIds.Technique, associatedTechniqueId, "associatedTechniqueId");
        if (TechniqueId == AssociatedTechniqueId)
        {
            throw new DomainRuleException("associatedTechniqueId", "A technique is not associated with itself.");
        }

        Description = Text.Optional(description);
    }
}
