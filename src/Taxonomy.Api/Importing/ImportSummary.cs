using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Importing;

/// <summary>One import, without its per-type counts and issues.</summary>
/// <param name="Id">The import's number. <example>1</example></param>
/// <param name="Release">The label of the release it loaded. <example>1.7</example></param>
/// <param name="ImportedAt">When it was committed (UTC).</param>
/// <param name="Workbooks">The names of the workbooks imported.</param>
/// <param name="IssueCount">How many data-quality issues it reported.</param>
public sealed record ImportSummary(int Id, string Release, DateTime ImportedAt, IReadOnlyList<string> Workbooks, int IssueCount)
{
    public static ImportSummary From(ImportReport report) => new(report.Id, report.Release, report.ImportedAt, report.Workbooks, report.Issues.Count);
}
