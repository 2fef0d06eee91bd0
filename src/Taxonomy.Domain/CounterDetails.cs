namespace Taxonomy.Domain;

/// <summary>
/// The descriptive fields that counters (C00006) and detections (F00001) share: DISARM keeps
/// both in sheets of the same shape.
/// </summary>
public sealed record CounterDetails(
    string Name,
    string? Summary,
    string? MetatechniqueId,
    string? TacticId,
    string? ResponseTypeId,
    string? HowFound,
    string? References,
    string? Notes);
