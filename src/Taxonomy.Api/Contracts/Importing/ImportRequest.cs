namespace Taxonomy.Api.Contracts.Importing;

/// <summary>DISARM's two master workbooks, as multipart/form-data file fields.</summary>
/// <remarks>
/// Settable properties rather than a positional record: MVC builds a constructor-bound model only
/// when every parameter binds, so a missing file would arrive as no request at all instead of a
/// field the validator can name.
/// </remarks>
public sealed record ImportRequest
{
    /// <summary>DISARM_FRAMEWORKS_MASTER.xlsx: phases, tactics, techniques, tasks, counters, detections and the supporting types.</summary>
    public IFormFile? Frameworks { get; init; }

    /// <summary>DISARM_DATA_MASTER.xlsx: incidents, their references, incident→technique mappings and associated techniques.</summary>
    public IFormFile? Data { get; init; }
}
