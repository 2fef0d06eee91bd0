using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Phases;

/// <summary>A phase to create or replace.</summary>
/// <param name="Id">The phase's DISARM id. Required to create; when replacing, taken from the URL. <example>P02</example></param>
/// <param name="Name">The phase's name. <example>Prepare</example></param>
/// <param name="Rank">The phase's place in DISARM's order, from 1. <example>2</example></param>
/// <param name="Summary">What happens in the phase.</param>
public sealed record PhaseRequest(string? Id, string? Name, int? Rank, string? Summary) : INamedRequest;

internal sealed class PhaseRequestValidator : NamedRequestValidator<PhaseRequest>
{
    public PhaseRequestValidator()
        : base(DisarmIds.Phase)
    {
        RuleFor(x => x.Rank).Rank();
    }
}
