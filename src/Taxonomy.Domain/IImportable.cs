namespace Taxonomy.Domain;

/// <summary>
/// An object that DISARM's workbooks carry. Each import marks which stored objects its release
/// contains, so that objects a newer release dropped, and objects only ever created through the
/// API, are kept but recognisable.
/// </summary>
public interface IImportable
{
    /// <summary>Whether the latest workbook import contained this object.</summary>
    bool InLatestImport { get; }

    void MarkImport(bool inLatestImport);
}
