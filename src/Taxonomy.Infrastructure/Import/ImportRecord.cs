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

    public ImportReport ToReport() => JsonSerializer.Deserialize<ImportReport>(Report, JsonOptions)! with { Id = Id };
}
