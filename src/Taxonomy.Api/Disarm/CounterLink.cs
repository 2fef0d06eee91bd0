namespace Taxonomy.Api.Disarm;

/// <summary>A related counter, with its response type.</summary>
/// <param name="Id">The counter. <example>C00006</example></param>
/// <param name="Name">The counter's name.</param>
/// <param name="ResponseTypeId">Its response type, if any.</param>
/// <param name="ResponseTypeName">The response type's name.</param>
public sealed record CounterLink(string Id, string Name, string? ResponseTypeId, string? ResponseTypeName);
