namespace Taxonomy.Domain;

/// <summary>The checked, normalised ids a counter or detection points at.</summary>
internal sealed record CounterLinks(string? MetatechniqueId, string? TacticId, string? ResponseTypeId)
{
    public static CounterLinks From(CounterDetails details) => new(
        Optional(DisarmIds.Metatechnique, details.MetatechniqueId, "metatechniqueId"),
        Optional(DisarmIds.Tactic, details.TacticId, "tacticId"),
        Optional(DisarmIds.ResponseType, details.ResponseTypeId, "responseTypeId"));

    private static string? Optional(DisarmIdFormat format, string? id, string field) =>
        id is null ? null : DisarmIds.Require(format, id, field);
}
