using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Playbooks;

/// <summary>Which playbooks to list.</summary>
/// <param name="CounterId">Only the playbooks of this counter. <example>C00011</example></param>
public sealed record PlaybookListQuery([FromQuery(Name = "counterId")][property: FromQuery(Name = "counterId")] string? CounterId = null);

internal sealed class PlaybookListQueryValidator : AbstractValidator<PlaybookListQuery>
{
    public PlaybookListQueryValidator() => RuleFor(x => x.CounterId).IdOf(DisarmIds.Counter);
}
