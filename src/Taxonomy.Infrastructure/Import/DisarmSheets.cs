namespace Taxonomy.Infrastructure.Import;

/// <summary>The sheets and columns the importer reads from each of DISARM's two master workbooks.</summary>
internal static class DisarmSheets
{
    public static readonly IReadOnlyDictionary<string, string[]> Frameworks = new Dictionary<string, string[]>
    {
        ["frameworks"] = ["disarm_id", "name", "summary"],
        ["phases"] = ["disarm_id", "name", "rank", "summary"],
        ["tactics"] = ["disarm_id", "name", "phase_id", "rank", "summary"],
        ["techniques"] = ["disarm_id", "name", "tactic_id", "summary"],
        ["tasks"] = ["disarm_id", "name", "tactic_id", "summary", "framework_id"],
        ["metatechniques"] = ["disarm_id", "name", "summary"],
        ["responsetypes"] = ["disarm_id", "name", "summary"],
        ["resources"] = ["disarm_id", "name", "summary", "resource_type"],
        ["sectors"] = ["disarm_id", "name", "summary"],
        ["actortypes"] = ["disarm_id", "name", "summary", "sector_ids", "framework_ids"],
        ["countermeasures"] = [.. CounterColumns, "incident_ids", "tags"],
        ["detections"] = [.. CounterColumns, "incidents"],
        ["playbooks"] = ["disarm_id", "object_id", "name", "summary"],
    };

    public static readonly IReadOnlyDictionary<string, string[]> Data = new Dictionary<string, string[]>
    {
        ["incidents"] = ["disarm_id", "name", "objecttype", "summary", "year_started", "attributions_seen", "found_in_country", "urls", "notes", "when_added", "found_via"],
        ["urls"] = ["url_id", "pub_date", "authors", "org", "archive_link"],
        ["incidenttechniques"] = ["disarm_id", "name", "incident_id", "technique_ids", "DISARM Version"],
        ["associatedtechniques"] = ["disarm_id", "description", "technique_id", "associated_technique_id"],
    };

    /// <summary>The column holding a sheet's ids: the URL itself for urls, disarm_id elsewhere.</summary>
    public static string KeyColumn(string sheet) => sheet == "urls" ? "url_id" : "disarm_id";

    public static string[] Columns(string sheet) => Frameworks.TryGetValue(sheet, out var columns) ? columns : Data[sheet];

    private static string[] CounterColumns =>
        ["disarm_id", "name", "metatechnique", "summary", "actortypes", "resources_needed", "how_found", "references", "tactic", "responsetype", "notes", "techniques"];
}
