using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Countermeasures;

/// <summary>The rules counter and detection requests share; each type's validator adds its own.</summary>
internal abstract class CountermeasureRequestValidator<T> : NamedRequestValidator<T>
    where T : ICountermeasureRequest
{
    protected CountermeasureRequestValidator(DisarmIdFormat ids)
        : base(ids)
    {
        RuleFor(x => x.MetatechniqueId).IdOf(DisarmIds.Metatechnique);
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.ResponseTypeId).IdOf(DisarmIds.ResponseType);
        RuleFor(x => x.TechniqueIds).IdsOf(DisarmIds.Technique);
        RuleFor(x => x.ActorTypeIds).IdsOf(DisarmIds.ActorType);
        RuleFor(x => x.ResourceIds).IdsOf(DisarmIds.Resource);
        RuleFor(x => x.IncidentIds).IdsOf(DisarmIds.Incident);
        RuleFor(x => x.HowFound).Text();
        RuleFor(x => x.References).Text();
        RuleFor(x => x.Notes).Text();
    }
}
