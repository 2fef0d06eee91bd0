namespace Taxonomy.Infrastructure.History;

/// <summary>What made a version of an object.</summary>
public enum ChangeKind
{
    /// <summary>Created through the API.</summary>
    Created,

    /// <summary>Replaced through the API (PUT), or changed by another object's write (a technique moving its sub-techniques).</summary>
    Replaced,

    /// <summary>Deleted through the API; the version keeps the object as it was.</summary>
    Deleted,

    /// <summary>Written by a workbook import.</summary>
    Imported,

    /// <summary>An earlier version brought back through the API.</summary>
    Restored,

    /// <summary>The object as found when versions began to be kept, in a database from before them.</summary>
    Baseline,
}
