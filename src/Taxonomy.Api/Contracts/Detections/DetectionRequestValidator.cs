using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Detections;

internal sealed class DetectionRequestValidator : AbstractValidator<DetectionRequest>
{
    public DetectionRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Detection);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
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
