using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.ActorTypes;

internal sealed class ActorTypeRequestValidator : AbstractValidator<ActorTypeRequest>
{
    public ActorTypeRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.ActorType);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
        RuleFor(x => x.SectorIds).IdsOf(DisarmIds.Sector);
        RuleFor(x => x.FrameworkIds).IdsOf(DisarmIds.Framework);
    }
}
