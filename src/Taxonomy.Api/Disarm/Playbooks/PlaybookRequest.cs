using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Playbooks;

/// <summary>A playbook to create or replace.</summary>
/// <param name="Id">The playbook's DISARM id. Required to create; when replacing, taken from the URL. <example>PB00001</example></param>
/// <param name="CounterId">The counter the playbook carries out. <example>C00011</example></param>
/// <param name="Name">The playbook's name. <example>Game Mechanics: show examples of fake news</example></param>
/// <param name="Summary">How the playbook works.</param>
public sealed record PlaybookRequest(string? Id, string? CounterId, string? Name, string? Summary) : INamedRequest;

internal sealed class PlaybookRequestValidator : NamedRequestValidator<PlaybookRequest>
{
    public PlaybookRequestValidator()
        : base(DisarmIds.Playbook)
    {
        RuleFor(x => x.CounterId).NotEmpty().WithMessage("A playbook carries out a counter.").IdOf(DisarmIds.Counter);
    }
}
