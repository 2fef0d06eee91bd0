namespace Taxonomy.Api.Contracts.ResponseTypes;

/// <summary>A response type to create or replace.</summary>
/// <param name="Id">The response type's DISARM id. Required to create; when replacing, taken from the URL. <example>D02</example></param>
/// <param name="Name">The response type's name. <example>Deny</example></param>
/// <param name="Summary">What the response type is.</param>
public sealed record ResponseTypeRequest(string? Id, string? Name, string? Summary);
