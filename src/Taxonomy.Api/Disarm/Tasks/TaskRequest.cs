using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tasks;

/// <summary>A task to create or replace.</summary>
/// <param name="Id">The task's DISARM id. Required to create; when replacing, taken from the URL. <example>TK0001</example></param>
/// <param name="Name">The task's name. <example>Goal setting</example></param>
/// <param name="TacticId">The tactic the task belongs to. <example>TA01</example></param>
/// <param name="FrameworkId">The framework the task belongs to. <example>FW01</example></param>
/// <param name="Summary">What the task is.</param>
public sealed record TaskRequest(string? Id, string? Name, string? TacticId, string? FrameworkId, string? Summary) : INamedRequest;

internal sealed class TaskRequestValidator : NamedRequestValidator<TaskRequest>
{
    public TaskRequestValidator()
        : base(DisarmIds.Task)
    {
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.FrameworkId).IdOf(DisarmIds.Framework);
    }
}
