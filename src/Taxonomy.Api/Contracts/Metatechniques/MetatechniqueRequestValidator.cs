using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Metatechniques;

internal sealed class MetatechniqueRequestValidator : AbstractValidator<MetatechniqueRequest>
{
    public MetatechniqueRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Metatechnique);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
