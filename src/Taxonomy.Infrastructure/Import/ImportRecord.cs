using System.Text.Json;

namespace Taxonomy.Infrastructure.Import;

/// <summary>A committed import, kept so that its report can be read later.</summary>
public sealed class ImportRecord
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public ImportRecord(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ImportedAt = report.ImportedAt;
        Report = JsonSerializer.Serialize(report, JsonOptions);
    }

    private ImportRecord()
    {
    }

    public int Id { get; private set; }

    /// <summary>When the import was committed, in UTC.</summary>
    public DateTime ImportedAt { get; private set; }

    /// <summary>The <see cref="ImportReport"/> as JSON: it is only ever read whole.</summary>
    public string Report { get; private set; } = "";

    public ImportReport ToReport() => JsonSerializer.Deserialize<ImportReport>(Report, JsonOptions)! with { Id = Id };
}
