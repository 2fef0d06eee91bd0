namespace Taxonomy.Domain;

/// <summary>
/// The lists DISARM keeps beside its framework whose entries are only an id, a name and a summary:
/// frameworks, metatechniques, response types and sectors. One API serves them all.
/// </summary>
public interface INamedObject<TSelf>
    where TSelf : INamedObject<TSelf>
{
    string Id { get; }

    string Name { get; }

    string? Summary { get; }

    static abstract TSelf Create(string id, string name, string? summary);

    void Update(string name, string? summary);
}
