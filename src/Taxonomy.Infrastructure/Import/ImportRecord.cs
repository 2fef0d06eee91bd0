using System.Text.Json;

namespace Taxonomy.Infrastructure.Import;

/// <summary>A committed import, kept so that its report can be read later.</summary>
public sealed class ImportRecord
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public ImportRecord(DateTime importedAt)
    {
        ImportedAt = importedAt;
    }

    private ImportRecord()
    {
    }

    public int Id { get; private set; }

    /// <summary>When the import was committed, in UTC.</summary>
    public DateTime ImportedAt { get; private set; }

    /// <summary>The <see cref="ImportReport"/> as JSON: it is only ever read whole.</summary>
    public string Report { get; private set; } = "";

    /// <summary>Records the report once the import has written everything it reports on.</summary>
    public void Complete(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (Report.Length > 0)
        {
            throw new InvalidOperationException("An import's report is written once.");
        }

        Report = JsonSerializer.Serialize(report, JsonOptions);
    }

    /// <summary>The report; one stored before reports listed overwritten edits lists none.</summary>
    public ImportReport ToReport()
    {
        var report = JsonSerializer.Deserialize<ImportReport>(Report, JsonOptions)!;
        return report with { Id = Id, OverwrittenEdits = report.OverwrittenEdits ?? [] };
    }
}
