namespace Taxonomy.Infrastructure.History;

/// <summary>
/// One kept version of a DISARM object: who made it, when, how, and the object as the API showed
/// it then. Versions are only ever added, in the same transaction as the change they record; the
/// order of <see cref="Id"/> is the order in which changes were committed.
/// </summary>
public sealed class ObjectVersion
{
    /// <summary>
    /// The one resource whose versions make no STIX object: references, which are the external
    /// references of the incidents citing them. An index skips their versions (IX_versions_Id_Stix).
    /// </summary>
    public const string StixlessType = "references";

    public ObjectVersion(string type, string objectId, int number, DateTime modified, string changedBy, ChangeKind kind, string resource)
    {
        Type = type;
        ObjectId = objectId;
        Number = number;
        Modified = modified;
        ChangedBy = changedBy;
        Kind = kind;
        Resource = resource;
    }

    private ObjectVersion()
    {
    }

    /// <summary>The position of the change among all changes, in commit order.</summary>
    public long Id { get; private set; }

    /// <summary>The object's resource name (techniques, incident-techniques, ...).</summary>
    public string Type { get; private set; } = "";

    /// <summary>The object's id in the API: its DISARM id, or the number of a reference.</summary>
    public string ObjectId { get; private set; } = "";

    /// <summary>The version's number: 1, 2, ... per object.</summary>
    public int Number { get; private set; }

    /// <summary>When the change was made, in UTC, to the microsecond.</summary>
    public DateTime Modified { get; private set; }

    /// <summary>The name of the API key that made it, or "import #N".</summary>
    public string ChangedBy { get; private set; } = "";

    public ChangeKind Kind { get; private set; }

    /// <summary>The object as JSON, as the API returned it; for a deletion, as it was before.</summary>
    public string Resource { get; private set; } = "";
}
