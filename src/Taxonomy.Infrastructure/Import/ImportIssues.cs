namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// The issues an import reports: the first <see cref="ImportLimits.MaxReportedIssues"/> as met,
/// and past them only a count per kind, which <see cref="ToList"/> adds as one last issue. A
/// workbook with a problem on every row would otherwise make a report as large as itself.
/// </summary>
internal sealed class ImportIssues(int limit)
{
    public const string NotListedKind = "issues-not-listed";

    private readonly List<ImportIssue> _listed = [];
    private readonly SortedDictionary<string, int> _notListed = new(StringComparer.Ordinal);
    private ImportIssue? _firstNotListed;

    public void Add(ImportIssue issue)
    {
        if (_listed.Count < limit)
        {
            _listed.Add(issue);
            return;
        }

        _firstNotListed ??= issue;
        _notListed[issue.Kind] = _notListed.GetValueOrDefault(issue.Kind) + 1;
    }

    /// <summary>The listed issues, then, if any were left out, one at the place of the first of them that counts them.</summary>
    public IReadOnlyList<ImportIssue> ToList()
    {
        if (_firstNotListed is not { } first)
        {
            return _listed;
        }

        var counts = string.Join(", ", _notListed.Select(kind => $"{kind.Value} {kind.Key}"));
        return
        [
            .. _listed,
            new ImportIssue(
                NotListedKind,
                first.Workbook,
                first.Sheet,
                first.Row,
                null,
                null,
                $"{_notListed.Values.Sum()} more issues were found than the {limit} listed: {counts}.",
                $"Not listed; the first of them is at this row. The limit is set by {ImportLimits.IssuesSetting}."),
        ];
    }
}
