using Microsoft.AspNetCore.Authorization;
using Taxonomy.Api.History;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Security;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Importing;

/// <summary>Imports of DISARM's master workbooks, and the reports they left.</summary>
[ApiController]
[Route("api/v1/imports")]
public sealed class ImportsController(ITaxonomyImporter importer, TaxonomyDbContext db, ListTotals totals) : ControllerBase
{
    /// <summary>
    /// Imports DISARM's two master workbooks, sent as the multipart/form-data file fields frameworks
    /// (DISARM_FRAMEWORKS_MASTER.xlsx) and data (DISARM_DATA_MASTER.xlsx), with DISARM's STIX bundle
    /// of the same release (stix/DISARM.json) as the optional field stix, whose ids the objects the
    /// import creates take (see the README on STIX ids), and the optional text field release, the
    /// label by which ?release= reads the state the import leaves (default: the import's date; a
    /// label another release has is 409), in one transaction, and
    /// returns the data-quality report. Objects are created or updated; stored objects the workbooks lack are kept and
    /// marked inLatestImport=false. A workbook that cannot be read, holds none of the sheets it
    /// should, or lacks a sheet or column the import cannot do without (phases, tactics and
    /// techniques; the columns holding ids, links, names and ranks) or a well-formed id, is refused
    /// with 400 naming file, sheet, row and column, and nothing changes. Other sheets and columns
    /// may be missing, as in older DISARM releases: they read as empty, and the report lists each
    /// missing one, and each column the importer does not know, once.
    /// The body may be up to Taxonomy:MaxImportBytes (25 MiB by default); a workbook that
    /// decompresses to more than Taxonomy:MaxWorkbookUncompressedBytes is refused with 413, and a
    /// sheet past Taxonomy:MaxRowsPerSheet or Taxonomy:MaxColumnsPerSheet with 400, each naming the
    /// limit and its setting. Past Taxonomy:MaxReportedIssues issues, the report counts the rest
    /// by kind in one last issue. Needs an admin key.
    /// </summary>
    [HttpPost]
    [Authorize(Roles.Admin)]
    [LargeRequestBody]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<ImportReport>(StatusCodes.Status201Created)]
    [ProblemResponses(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType)]
    [OperationId("importWorkbooks")]
    public async Task<ActionResult<ImportReport>> Import([FromForm] ImportRequest request, [FromServices] WriteGate gate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gate);
        using var turn = await gate.EnterAsync(cancellationToken);
        await using var frameworks = request.Frameworks!.OpenReadStream();
        await using var data = request.Data!.OpenReadStream();
        await using var stix = request.Stix?.OpenReadStream();
        var report = await importer.ImportAsync(
            new WorkbookSource(request.Frameworks.FileName, frameworks),
            new WorkbookSource(request.Data.FileName, data),
            stix is null ? null : new WorkbookSource(request.Stix!.FileName, stix),
            request.Release,
            cancellationToken);
        return this.CreatedRelative(nameof(Get), new { id = report.Id }, report);
    }

    /// <summary>Lists imports, newest first.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<ImportSummary>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status400BadRequest)]
    [OperationId("listImports")]
    public async Task<PagedList<ImportSummary>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var page = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).ToPageAsync(paging, totals, cancellationToken);
        return new PagedList<ImportSummary>(page.Items.Select(i => ImportSummary.From(i.ToReport())).ToList(), page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }

    /// <summary>Gets an import's report: counts per object type and every data-quality issue.</summary>
    /// <param name="id" example="1">The import's number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ImportReport>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    [OperationId("getImport")]
    public async Task<ImportReport> Get(int id, CancellationToken cancellationToken)
    {
        var record = await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new ResourceNotFoundException($"There is no import {id}.");
        return record.ToReport();
    }
}
