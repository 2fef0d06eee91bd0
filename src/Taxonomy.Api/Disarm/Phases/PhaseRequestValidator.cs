using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Phases;

internal sealed class PhaseRequestValidator : AbstractValidator<PhaseRequest>
{
    public PhaseRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Phase);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Rank).Rank();
        RuleFor(x => x.Summary).Text();
    }
}
