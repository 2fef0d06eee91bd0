using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.AssociatedTechniques;

internal sealed class AssociatedTechniqueRequestValidator : AbstractValidator<AssociatedTechniqueRequest>
{
    public AssociatedTechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.AssociatedTechnique);
        RuleFor(x => x.TechniqueId).NotEmpty().IdOf(DisarmIds.Technique);
        RuleFor(x => x.AssociatedTechniqueId).NotEmpty().IdOf(DisarmIds.Technique);
        RuleFor(x => x.Description).Text();
    }
}
