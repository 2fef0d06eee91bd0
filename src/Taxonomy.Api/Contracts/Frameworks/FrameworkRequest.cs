namespace Taxonomy.Api.Contracts.Frameworks;

/// <summary>A framework to create or replace.</summary>
/// <param name="Id">The framework's DISARM id. Required to create; when replacing, taken from the URL. <example>FW01</example></param>
/// <param name="Name">The framework's name. <example>DISARM Red</example></param>
/// <param name="Summary">What the framework is.</param>
public sealed record FrameworkRequest(string? Id, string? Name, string? Summary);
