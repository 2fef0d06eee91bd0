namespace Taxonomy.Infrastructure.Import;

/// <summary>Loads a DISARM release from its two master workbooks into the database.</summary>
public interface ITaxonomyImporter
{
    /// <summary>
    /// Imports both workbooks in one transaction: every object is created or updated, stored
    /// objects the release lacks are kept and marked, and the report is stored with the data.
    /// </summary>
    /// <exception cref="ImportFailedException">A workbook cannot be imported; nothing was written.</exception>
    Task<ImportReport> ImportAsync(WorkbookSource frameworks, WorkbookSource data, CancellationToken cancellationToken = default);
}
