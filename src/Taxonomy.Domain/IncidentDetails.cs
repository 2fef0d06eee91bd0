namespace Taxonomy.Domain;

/// <summary>The descriptive fields of an incident, as DISARM's incidents sheet has them.</summary>
public sealed record IncidentDetails(
    string Name,
    string? ObjectType,
    string? Summary,
    int? YearStarted,
    string? AttributionsSeen,
    string? FoundInCountry,
    IReadOnlyList<string> Urls,
    string? Notes,
    DateOnly? WhenAdded,
    string? FoundVia);
