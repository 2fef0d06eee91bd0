using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tactics;

internal sealed class TacticRequestValidator : AbstractValidator<TacticRequest>
{
    public TacticRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Tactic);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.PhaseId).NotEmpty().WithMessage("A tactic belongs to a phase.").IdOf(DisarmIds.Phase);
        RuleFor(x => x.Rank).Rank();
        RuleFor(x => x.Summary).Text();
    }
}
