using Taxonomy.Infrastructure.History;

namespace Taxonomy.Infrastructure.Import;

/// <summary>What an import did: per object type, what it created, changed and found missing, and every data-quality problem it met.</summary>
/// <param name="Id">The import's number, for <c>GET /api/v1/imports/{id}</c>.</param>
/// <param name="Release">The label of the release the import loaded, by which <c>?release=</c> reads it.</param>
/// <param name="ImportedAt">When the import was committed (UTC).</param>
/// <param name="DurationMilliseconds">How long reading, checking and writing took.</param>
/// <param name="Workbooks">The names of the two workbooks imported.</param>
/// <param name="Types">Counts per object type.</param>
/// <param name="Issues">Data-quality problems, each with where it is and what the importer did about it.</param>
/// <param name="OverwrittenEdits">
/// Objects whose latest version was an edit through the API, which the import changed: each with
/// the version holding the edit, which POST /api/v1/{type}/{id}/history/{version}/restore brings back.
/// </param>
/// <param name="StixIdsRecorded">
/// How many STIX ids the import took from DISARM's bundle given beside the workbooks: those of the
/// objects it created that had never had a STIX id (0 without a bundle).
/// </param>
public sealed record ImportReport(
    int Id,
    string Release,
    DateTime ImportedAt,
    long DurationMilliseconds,
    IReadOnlyList<string> Workbooks,
    IReadOnlyList<ImportedTypeCount> Types,
    IReadOnlyList<ImportIssue> Issues,
    IReadOnlyList<OverwrittenEdit> OverwrittenEdits,
    int StixIdsRecorded = 0);

/// <summary>What an import did to one object type.</summary>
/// <param name="Type">The object type, named as in the API's paths: "techniques", "incident-techniques", ….</param>
/// <param name="InRelease">Objects of this type the workbooks hold (after skipping unusable rows).</param>
/// <param name="Created">Objects the database did not have.</param>
/// <param name="Updated">Objects whose fields or links changed.</param>
/// <param name="Unchanged">Objects already stored exactly so.</param>
/// <param name="NotInRelease">Stored objects the workbooks do not hold: kept, and marked as not in the latest import.</param>
/// <param name="NotInReleaseIds">The ids of those objects.</param>
public sealed record ImportedTypeCount(
    string Type,
    int InRelease,
    int Created,
    int Updated,
    int Unchanged,
    int NotInRelease,
    IReadOnlyList<string> NotInReleaseIds);

/// <summary>A data-quality problem in a workbook that the import worked around.</summary>
/// <param name="Kind">
/// About a workbook's shape, listed first: missing-sheet (an optional sheet is absent and read as
/// having no rows), missing-optional-column (an optional column is absent and read as empty on
/// every row) or unknown-column (a column the importer does not read, kept in the imported rows).
/// About rows: duplicate-id, missing-id, missing-value, dangling-reference, unparseable-cell,
/// invalid-row or unsupported; or issues-not-listed, last, counting by kind the issues past
/// Taxonomy:MaxReportedIssues.
/// </param>
/// <param name="Workbook">The workbook's name.</param>
/// <param name="Sheet">The sheet.</param>
/// <param name="Row">The spreadsheet row number (the header is row 1, which issues about a whole sheet or column name).</param>
/// <param name="Column">The column's header and letter, when one column is at fault.</param>
/// <param name="Id">The id of the row's object, when it has one.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Action">What the importer did about it.</param>
public sealed record ImportIssue(
    string Kind,
    string Workbook,
    string Sheet,
    int Row,
    string? Column,
    string? Id,
    string Problem,
    string Action);
