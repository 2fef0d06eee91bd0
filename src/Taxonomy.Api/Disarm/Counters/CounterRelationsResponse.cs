namespace Taxonomy.Api.Disarm.Counters;

/// <summary>Everything a counter links to, by id and name.</summary>
/// <param name="Id">The counter. <example>C00006</example></param>
/// <param name="Tactic">The tactic stage it belongs to.</param>
/// <param name="Metatechnique">Its metatechnique.</param>
/// <param name="ResponseType">Its response type.</param>
/// <param name="Techniques">The techniques it counters.</param>
/// <param name="ActorTypes">Who can carry it out.</param>
/// <param name="Resources">What it needs.</param>
/// <param name="Incidents">Incidents where it was seen.</param>
public sealed record CounterRelationsResponse(
    string Id,
    NamedObject? Tactic,
    NamedObject? Metatechnique,
    NamedObject? ResponseType,
    IReadOnlyList<NamedObject> Techniques,
    IReadOnlyList<NamedObject> ActorTypes,
    IReadOnlyList<NamedObject> Resources,
    IReadOnlyList<NamedObject> Incidents);
