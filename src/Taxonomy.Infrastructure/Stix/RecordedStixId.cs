namespace Taxonomy.Infrastructure.Stix;

/// <summary>
/// A STIX id taken from DISARM's own bundle, for the object (or relationship) it names, so that
/// the API's STIX answers use the ids DISARM publishes. Rows are only ever added: once an object's
/// STIX id has been given out it never changes. Objects with no row here have a UUIDv5 id computed
/// from their name.
/// </summary>
public sealed class RecordedStixId
{
    public RecordedStixId(string name, string stixId, string? stixObject)
    {
        Name = name;
        StixId = stixId;
        StixObject = stixObject;
    }

    /// <summary>What the id is of: a DISARM id ("T0002"), a relationship ("T0014.001 subtechnique-of T0014"), or "identity", "marking", "matrix".</summary>
    public string Name { get; private set; }

    public string StixId { get; private set; }

    /// <summary>DISARM's object as its bundle has it, for the identity, marking and matrix, which have no DISARM id of their own.</summary>
    public string? StixObject { get; private set; }
}
