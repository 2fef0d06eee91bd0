using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Releases;

/// <summary>A release: every object the import that loaded it held, as that import left it.</summary>
/// <param name="Label">The label the import was given (or its date); ?release= takes it. <example>1.7</example></param>
/// <param name="Import">The number of the import that loaded it; GET /api/v1/imports/{import} has its report. <example>1</example></param>
/// <param name="ImportedAt">When that import was committed, in UTC.</param>
/// <param name="Latest">Whether it is the latest import's release, which the current state follows (with the edits made since).</param>
/// <param name="Counts">How many objects of each type the release holds.</param>
public sealed record ReleaseResponse(string Label, int Import, DateTime ImportedAt, bool Latest, IReadOnlyDictionary<string, int> Counts)
{
    internal static ReleaseResponse From(ImportRecord import, int latestImport)
    {
        var report = import.ToReport();
        return new(import.Release, import.Id, import.ImportedAt, import.Id == latestImport, report.Types.ToDictionary(type => type.Type, type => type.InRelease, StringComparer.Ordinal));
    }
}
