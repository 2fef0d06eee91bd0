namespace Taxonomy.Api.Disarm;

/// <summary>A request to create or replace an object that has an id, a name and a summary.</summary>
public interface INamedRequest
{
    string? Id { get; }

    string? Name { get; }

    string? Summary { get; }
}
