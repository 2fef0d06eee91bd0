using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Importing;

/// <summary>Prints an import report for a person at a terminal.</summary>
internal static class ImportReportWriter
{
    public static async Task WriteAsync(ImportReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Release {report.Release} (import {report.Id}); read it with ?release={report.Release}");
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{"type",-22} {"in release",10} {"created",8} {"updated",8} {"unchanged",10} {"not in release",15}");
        foreach (var type in report.Types)
        {
            await output.WriteLineAsync($"{type.Type,-22} {type.InRelease,10} {type.Created,8} {type.Updated,8} {type.Unchanged,10} {type.NotInRelease,15}");
        }

        foreach (var type in report.Types.Where(type => type.NotInRelease > 0))
        {
            await output.WriteLineAsync($"Kept, not in this release ({type.Type}): {string.Join(", ", type.NotInReleaseIds)}");
        }

        if (report.StixIdsRecorded > 0)
        {
            await output.WriteLineAsync($"STIX ids taken from DISARM's bundle: {report.StixIdsRecorded}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"{report.Issues.Count} data-quality issues:");
        foreach (var issue in report.Issues)
        {
            var column = issue.Column is null ? "" : $", column {issue.Column}";
            var id = issue.Id is null ? "" : $" {issue.Id}";
            await output.WriteLineAsync($"  [{issue.Kind}] {issue.Sheet} row {issue.Row}{column}{id}: {issue.Problem} {issue.Action}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Import {report.Id} done in {report.DurationMilliseconds} ms.");
    }
}
