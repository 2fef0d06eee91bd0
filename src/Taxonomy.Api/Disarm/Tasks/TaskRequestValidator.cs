using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tasks;

internal sealed class TaskRequestValidator : AbstractValidator<TaskRequest>
{
    public TaskRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Task);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.FrameworkId).IdOf(DisarmIds.Framework);
        RuleFor(x => x.Summary).Text();
    }
}
