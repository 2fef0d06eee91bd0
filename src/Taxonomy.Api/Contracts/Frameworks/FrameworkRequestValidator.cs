using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Frameworks;

internal sealed class FrameworkRequestValidator : AbstractValidator<FrameworkRequest>
{
    public FrameworkRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Framework);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
