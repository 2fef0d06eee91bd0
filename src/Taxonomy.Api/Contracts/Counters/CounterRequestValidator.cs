using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Counters;

internal sealed class CounterRequestValidator : AbstractValidator<CounterRequest>
{
    public CounterRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Counter);
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
        RuleFor(x => x.Tags).Text();
    }
}
