using Taxonomy.Api.Disarm.Countermeasures;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Counters;

/// <summary>A counter to create or replace.</summary>
/// <param name="Id">The counter's DISARM id. Required to create; when replacing, taken from the URL. <example>C00006</example></param>
/// <param name="Name">The counter's name. <example>Charge for social media</example></param>
/// <param name="Summary">What the counter does.</param>
/// <param name="MetatechniqueId">The family of counters it belongs to. <example>M004</example></param>
/// <param name="TacticId">The tactic stage it belongs to. <example>TA01</example></param>
/// <param name="ResponseTypeId">How it responds. <example>D02</example></param>
/// <param name="TechniqueIds">The techniques it counters. <example>["T0002"]</example></param>
/// <param name="ActorTypeIds">The actor types who can run it. <example>["A033"]</example></param>
/// <param name="ResourceIds">The resources it needs. <example>["R004"]</example></param>
/// <param name="IncidentIds">The incidents it has been seen in. <example>["I00049"]</example></param>
/// <param name="HowFound">How DISARM found it. <example>2019-11-workshop</example></param>
/// <param name="References">Free-text references.</param>
/// <param name="Notes">Curators' notes.</param>
/// <param name="Tags">Free-text tags. <example>action</example></param>
public sealed record CounterRequest(
    string? Id,
    string? Name,
    string? Summary,
    string? MetatechniqueId,
    string? TacticId,
    string? ResponseTypeId,
    IReadOnlyList<string?>? TechniqueIds,
    IReadOnlyList<string?>? ActorTypeIds,
    IReadOnlyList<string?>? ResourceIds,
    IReadOnlyList<string?>? IncidentIds,
    string? HowFound,
    string? References,
    string? Notes,
    string? Tags) : ICountermeasureRequest;

internal sealed class CounterRequestValidator : CountermeasureRequestValidator<CounterRequest>
{
    public CounterRequestValidator()
        : base(DisarmIds.Counter)
    {
        RuleFor(x => x.Tags).Text();
    }
}
