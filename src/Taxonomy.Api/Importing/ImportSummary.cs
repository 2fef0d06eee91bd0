using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Importing;

/// <summary>One import, without its per-type counts and issues.</summary>
/// <param name="Id">The import's number. <example>1</example></param>
/// <param name="ImportedAt">When it was committed (UTC).</param>
/// <param name="Workbooks">The names of the workbooks imported.</param>
/// <param name="IssueCount">How many data-quality issues it reported.</param>
public sealed record ImportSummary(int Id, DateTime ImportedAt, IReadOnlyList<string> Workbooks, int IssueCount)
{
    public static ImportSummary From(ImportReport report) => new(report.Id, report.ImportedAt, report.Workbooks, report.Issues.Count);
}
