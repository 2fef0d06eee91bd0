using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Playbooks;

internal sealed class PlaybookRequestValidator : AbstractValidator<PlaybookRequest>
{
    public PlaybookRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Playbook);
        RuleFor(x => x.CounterId).NotEmpty().WithMessage("A playbook carries out a counter.").IdOf(DisarmIds.Counter);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
