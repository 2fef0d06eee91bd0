using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Resources;

internal sealed class ResourceRequestValidator : AbstractValidator<ResourceRequest>
{
    public ResourceRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Resource);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
        RuleFor(x => x.ResourceType).MaximumLength(Rules.MaxNameLength);
    }
}
