namespace Taxonomy.Infrastructure.Import;

/// <summary>Loads a DISARM release from its two master workbooks into the database.</summary>
public interface ITaxonomyImporter
{
    /// <summary>
    /// Imports both workbooks in one transaction: every object is created or updated, stored
    /// objects the release lacks are kept and marked, and the report is stored with the data.
    /// </summary>
    /// <param name="frameworks">DISARM_FRAMEWORKS_MASTER.xlsx.</param>
    /// <param name="data">DISARM_DATA_MASTER.xlsx.</param>
    /// <param name="stixBundle">DISARM's STIX bundle of the same release, whose ids the objects the import creates take; or null.</param>
    /// <param name="label">The label of the release the workbooks hold (see <see cref="Releases.ReleaseLabels"/>); null labels it with the import's date.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written.</param>
    /// <exception cref="ImportFailedException">A workbook or the bundle cannot be imported; nothing was written.</exception>
    /// <exception cref="Releases.ReleaseLabelTakenException">Another release has the label; nothing was written.</exception>
    Task<ImportReport> ImportAsync(WorkbookSource frameworks, WorkbookSource data, WorkbookSource? stixBundle = null, string? label = null, CancellationToken cancellationToken = default);
}
