namespace Taxonomy.Infrastructure.History;

/// <summary>
/// Who is changing the database through one DbContext, and, where the change is of a kind the
/// entity states cannot tell (an import, a restore), which: the versions it makes record both.
/// </summary>
public sealed class ChangeContext
{
    /// <summary>The name of the API key, or "import #N"; "unknown" for a change no one claimed.</summary>
    public string Author { get; set; } = "unknown";

    /// <summary>Imported or Restored for every object the change writes; null to tell from each object's state.</summary>
    public ChangeKind? Kind { get; set; }

    /// <summary>The objects whose latest version was an edit through the API, which this context's saves then changed by import.</summary>
    public List<OverwrittenEdit> OverwrittenEdits { get; } = [];
}

/// <summary>An object an import changed after an edit through the API, and the version that holds the edit.</summary>
/// <param name="Type">The object's resource name.</param>
/// <param name="Id">The object's id.</param>
/// <param name="EditedVersion">The version the edit made, which restoring brings back.</param>
/// <param name="EditedBy">Who made the edit.</param>
public sealed record OverwrittenEdit(string Type, string Id, int EditedVersion, string EditedBy);
