using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>One version of one STIX object of the collection: where it comes, when it was added, and the object.</summary>
/// <param name="At">Its place in the order objects were added.</param>
/// <param name="Added">When it was added: when the version of the DISARM object it is made from was kept.</param>
/// <param name="StixObject">The STIX object.</param>
/// <param name="Owner">The resource and id of the DISARM object it is made from; null for DISARM's identity, marking and matrix.</param>
public sealed record TaxiiItem(TaxiiCursor At, DateTime Added, StixObject StixObject, (string Resource, string ObjectId)? Owner)
{
    public string Id => StixObject.Id;

    public string Type => StixObject.Type;

    /// <summary>TAXII's version of an object: its STIX modified, or created for objects that are never modified (the marking).</summary>
    public string Version => StixObject.Version ?? "";
}
