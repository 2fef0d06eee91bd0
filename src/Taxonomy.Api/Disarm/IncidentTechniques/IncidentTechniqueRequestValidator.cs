using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.IncidentTechniques;

internal sealed class IncidentTechniqueRequestValidator : AbstractValidator<IncidentTechniqueRequest>
{
    public IncidentTechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.IncidentTechnique);
        RuleFor(x => x.IncidentId).NotEmpty().WithMessage("A mapping belongs to an incident.").IdOf(DisarmIds.Incident);
        RuleFor(x => x.TechniqueIds).NotEmpty().WithMessage("A mapping names at least one technique.");
        RuleFor(x => x.TechniqueIds).IdsOf(DisarmIds.Technique);
        RuleFor(x => x.Description).Text();
        RuleFor(x => x.DisarmVersion).MaximumLength(16).Matches(@"^[0-9]+(\.[0-9]+)*$").WithMessage("A DISARM version looks like 1.7.");
    }
}
