using System.Text.Json;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// A committed import, kept so that its report can be read later. It is also a release: the state
/// of every object the import left, found in the versions up to <see cref="Position"/>, readable
/// by <see cref="Release"/>.
/// </summary>
public sealed class ImportRecord
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public ImportRecord(DateTime importedAt, string release)
    {
        ImportedAt = importedAt;
        Release = release;
    }

    private ImportRecord()
    {
    }

    public int Id { get; private set; }

    /// <summary>When the import was committed, in UTC.</summary>
    public DateTime ImportedAt { get; private set; }

    /// <summary>The label of the release the import loaded (see <see cref="Releases.ReleaseLabels"/>).</summary>
    public string Release { get; private set; } = "";

    /// <summary>
    /// The position of the last version kept when the import committed (see
    /// <see cref="History.ObjectVersion.Id"/>): the release is each object's latest version up to it.
    /// </summary>
    public long Position { get; private set; }

    /// <summary>The <see cref="ImportReport"/> as JSON: it is only ever read whole.</summary>
    public string Report { get; private set; } = "";

    /// <summary>Records the report once the import has written everything it reports on.</summary>
    public void Complete(ImportReport report, long position)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Report.Length > 0)
        {
            throw new InvalidOperationException("An import's report is written once.");
        }

        Report = JsonSerializer.Serialize(report, JsonOptions);
        Position = position;
    }

    /// <summary>The report; one stored before reports listed overwritten edits lists none.</summary>
    public ImportReport ToReport()
    {
        var report = JsonSerializer.Deserialize<ImportReport>(Report, JsonOptions)!;
        return report with { Id = Id, Release = Release, OverwrittenEdits = report.OverwrittenEdits ?? [] };
    }
}
