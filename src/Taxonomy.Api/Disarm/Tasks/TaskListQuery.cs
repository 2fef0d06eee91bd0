using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tasks;

/// <summary>Which tasks to list.</summary>
/// <param name="TacticId">Only the tasks of this tactic. <example>TA01</example></param>
public sealed record TaskListQuery([FromQuery(Name = "tacticId")][property: FromQuery(Name = "tacticId")] string? TacticId = null);

internal sealed class TaskListQueryValidator : AbstractValidator<TaskListQuery>
{
    public TaskListQueryValidator() => RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
}
