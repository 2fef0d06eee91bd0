using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Techniques;

internal sealed class TechniqueRequestValidator : AbstractValidator<TechniqueRequest>
{
    public TechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Technique);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.TacticId)
            .NotEmpty()
            .When((request, context) => Rules.EffectiveId(request, context, r => r.Id) is { } id && DisarmIds.ParentOf(id) is null)
            .WithMessage("A technique needs a tactic (a sub-technique takes its parent's).");
        RuleFor(x => x.Summary).Text();
    }
}
