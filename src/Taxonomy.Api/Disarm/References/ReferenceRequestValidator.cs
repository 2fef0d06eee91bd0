using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.References;

internal sealed class ReferenceRequestValidator : AbstractValidator<ReferenceRequest>
{
    public ReferenceRequestValidator()
    {
        RuleFor(x => x.Url).NotEmpty().WithMessage("A reference is identified by its URL.").Url();
        RuleFor(x => x.PublishedOnText).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.Authors).Text();
        RuleFor(x => x.Organisation).MaximumLength(Rules.MaxNameLength);
        RuleFor(x => x.ArchiveUrl).Url();
    }
}
