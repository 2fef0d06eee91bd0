namespace Taxonomy.Domain;

/// <summary>
/// What every DISARM object records besides its own fields: whether the latest workbook import
/// contained it, and which kept version of it this is. Each import marks which stored objects
/// its release contains, so that objects a newer release dropped, and objects only ever created
/// through the API, are kept but recognisable.
/// </summary>
public abstract class DisarmObject
{
    /// <summary>Whether the latest workbook import contained this object.</summary>
    public bool InLatestImport { get; private set; }

    /// <summary>The number of the object's latest kept version: 1 once created, one more with each change.</summary>
    public int Version { get; private set; }

    /// <summary>When the latest version was made, in UTC.</summary>
    public DateTime Modified { get; private set; }

    public void MarkImport(bool inLatestImport) => InLatestImport = inLatestImport;

    /// <summary>Records that the object as it now stands is version <paramref name="version"/>, made at <paramref name="modified"/>.</summary>
    public void Stamp(int version, DateTime modified)
    {
        if (version <= Version)
        {
            throw new InvalidOperationException($"Version {version} does not follow version {Version}.");
        }

        Version = version;
        Modified = modified;
    }
}
