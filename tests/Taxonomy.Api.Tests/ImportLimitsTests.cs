using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Workbooks past the import limits, sent through POST /api/v1/imports to an API over a copy of
/// the imported release: each is refused with the status, limit and setting it goes past, the
/// database stays as it was, and the import allocates little while refusing it.
/// </summary>
/// <remarks>
/// Memory is measured as the bytes the whole process allocates during the request
/// (<see cref="GC.GetTotalAllocatedBytes"/>), which counts every thread, so these tests run in a
/// collection of their own that xUnit runs alone, after the others: what is counted is then this
/// request's work. Allocations bound the memory a request can hold, and unlike a working set they
/// do not depend on when the collector last ran. Refusing costs a few tens of MB (the uploads, and
/// the sheets read before the one refused); reading what each workbook holds would allocate at
/// least 240 MB: 8 bytes for each slot of each row the reader yields, before anything else.
/// </remarks>
[Collection(nameof(AllocationMeasured))]
public sealed class ImportLimitsTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private const long AllocationBound = 128L * 1024 * 1024;
    private const long ImportAllocationBound = 1024L * 1024 * 1024;
    private const string Frameworks = DisarmData.FrameworksFileName;

    private readonly HttpClient _admin = imported.Factory.CreateAdminClient();

    [Fact]
    public async Task WorkbookThatDecompressesPastTheLimitIsRefusedWith413BeforeItIsInflated()
    {
        var (problem, allocated) = await RefuseAsync(imported.Factory, Workbooks.Bomb, HttpStatusCode.RequestEntityTooLarge);

        AssertLimit(problem, "phases", "Taxonomy:MaxWorkbookUncompressedBytes", 134217728);
        using var zip = new ZipArchive(new MemoryStream(Workbooks.Bomb), ZipArchiveMode.Read);
        var sheetBytes = zip.GetEntry(Workbooks.SheetPart(Workbooks.Bomb, "phases"))!.Length;
        Assert.True(sheetBytes > 1L << 30);
        Assert.Contains($"{sheetBytes} of them in this sheet", (string?)problem["detail"], StringComparison.Ordinal);
        AssertBounded(allocated);
    }

    [Fact]
    public async Task SheetStoredWithoutCompressionThatHoldsMoreThanItsHeadersDeclareIsRefusedWith413WhileInflating()
    {
        // Stored parts are read for as long as their data goes on, whatever size the headers declare.
        await using var factory = await ImportedDatabase.CopyAsync();
        factory.With("Taxonomy:MaxWorkbookUncompressedBytes", $"{16 * 1024 * 1024}");
        var stored = Workbooks.WithSheet(Workbooks.Frameworks, "phases", Workbooks.SheetXml(300_000, n => Workbooks.Row(n, ($"A{n}", "P01"))), CompressionLevel.NoCompression);
        var lying = Workbooks.DeclaringSize(stored, Workbooks.SheetPart(stored, "phases"), 1000);

        var (problem, allocated) = await RefuseAsync(factory, lying, HttpStatusCode.RequestEntityTooLarge);

        AssertLimit(problem, "phases", "Taxonomy:MaxWorkbookUncompressedBytes", 16 * 1024 * 1024);
        Assert.Contains("more than the", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("zip headers declare", (string?)problem["detail"], StringComparison.Ordinal);
        AssertBounded(allocated);
    }

    [Fact]
    public async Task CompressedSheetThatHoldsMoreThanItsHeadersDeclareIsCutThereAndRefusedAsUnreadable()
    {
        var bomb = Workbooks.Bomb;
        var lying = Workbooks.DeclaringSize(bomb, Workbooks.SheetPart(bomb, "phases"), 1_000_000);

        var (problem, allocated) = await RefuseAsync(imported.Factory, lying, HttpStatusCode.BadRequest);

        Assert.Equal(Frameworks, (string?)problem["workbook"]);
        Assert.Contains("not a readable .xlsx workbook", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Null(problem["setting"]);
        AssertBounded(allocated);
    }

    [Fact]
    public async Task SheetWithACellInColumnXfdIsRefusedWith400BeforeItsRowsAreRead()
    {
        var (problem, allocated) = await RefuseAsync(imported.Factory, WideAndLong(), HttpStatusCode.BadRequest);

        AssertLimit(problem, "phases", "Taxonomy:MaxColumnsPerSheet", 500);
        Assert.Equal("XFD", (string?)problem["column"]);
        Assert.Contains("column XFD", (string?)problem["detail"], StringComparison.Ordinal);
        AssertBounded(allocated);
    }

    [Fact]
    public async Task SheetWithMoreRowsThanTheLimitIsRefusedWith400BeforeItsRowsAreRead()
    {
        // One cell in the last row a spreadsheet has: the reader yields every row above it, empty or not.
        var tall = Workbooks.Edit(Workbooks.Frameworks, Workbooks.SheetPart(Workbooks.Frameworks, "phases"), xml =>
            xml.Replace("</sheetData>", Workbooks.Row(1_048_576, ("A1048576", "P99")) + "</sheetData>", StringComparison.Ordinal));

        var (problem, allocated) = await RefuseAsync(imported.Factory, tall, HttpStatusCode.BadRequest);

        AssertLimit(problem, "phases", "Taxonomy:MaxRowsPerSheet", 20000);
        Assert.Contains("1048576 rows", (string?)problem["detail"], StringComparison.Ordinal);
        AssertBounded(allocated);
    }

    [Fact]
    public async Task WideSheetUnderARaisedColumnLimitIsReadWithoutASlotPerEmptyColumn()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        factory.With("Taxonomy:MaxColumnsPerSheet", "16384").With("Taxonomy:MaxRowsPerSheet", "1048576");
        using var admin = factory.CreateAdminClient();
        (await admin.GetAsync("/health")).EnsureSuccessStatusCode();
        var before = await DatabaseSnapshot.TakeAsync(factory.DatabasePath, "imports", "imported_rows");
        using var form = Workbooks.Form(WideAndLong(rows: 60_000), Workbooks.Data);

        var start = GC.GetTotalAllocatedBytes(precise: true);
        var report = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - start;

        // 60,000 rows of 16,384 slots would be 7.9 GB; the whole import, writes included, takes about 300 MB.
        TestContext.Current.TestOutputHelper?.WriteLine($"The import allocated {allocated / (1024 * 1024)} MiB.");
        Assert.True(allocated < ImportAllocationBound, $"The import allocated {allocated / (1024 * 1024)} MiB.");
        Assert.All(report["types"]!.AsArray(), type => Assert.Equal((int)type!["inRelease"]!, (int)type["unchanged"]!));
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(factory.DatabasePath, "imports", "imported_rows"));
    }

    /// <summary>The real frameworks workbook, whose phases sheet has a cell in column XFD and rows down to <paramref name="rows"/>.</summary>
    private static byte[] WideAndLong(int rows = 3000) =>
        Workbooks.Edit(Workbooks.Frameworks, Workbooks.SheetPart(Workbooks.Frameworks, "phases"), xml =>
        {
            var rowTwoEnds = xml.IndexOf("</row>", xml.IndexOf("<row r=\"2\"", StringComparison.Ordinal), StringComparison.Ordinal);
            var wide = xml.Insert(rowTwoEnds, "<c r=\"XFD2\" t=\"inlineStr\"><is><t>a note far to the right</t></is></c>");
            return wide.Replace("</sheetData>", Workbooks.Row(rows, ($"XFD{rows}", "another")) + "</sheetData>", StringComparison.Ordinal);
        });

    private static async Task<(JsonNode Problem, long Allocated)> RefuseAsync(TaxonomyApiFactory factory, byte[] frameworks, HttpStatusCode status)
    {
        using var admin = factory.CreateAdminClient();
        (await admin.GetAsync("/health")).EnsureSuccessStatusCode();
        var before = await DatabaseSnapshot.TakeAsync(factory.DatabasePath);
        using var form = Workbooks.Form(frameworks, Workbooks.Data);

        var start = GC.GetTotalAllocatedBytes(precise: true);
        var response = await admin.PostAsync("/api/v1/imports", form);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - start;

        var problem = await response.ReadProblemAsync(status);
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(factory.DatabasePath));
        return (problem, allocated);
    }

    private static void AssertLimit(JsonNode problem, string sheet, string setting, long limit)
    {
        var detail = (string?)problem["detail"];
        Assert.Equal(Frameworks, (string?)problem["workbook"]);
        Assert.Equal(sheet, (string?)problem["sheet"]);
        Assert.Equal(setting, (string?)problem["setting"]);
        Assert.Equal(limit, (long)problem["limit"]!);
        Assert.StartsWith($"{Frameworks}, sheet '{sheet}'", detail, StringComparison.Ordinal);
        Assert.Contains($"The limit is {limit}, set by {setting}.", detail, StringComparison.Ordinal);
    }

    private static void AssertBounded(long allocated)
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"Refusing the import allocated {allocated / (1024 * 1024)} MiB.");
        Assert.True(allocated < AllocationBound, $"Refusing the import allocated {allocated / (1024 * 1024)} MiB.");
    }
}

/// <summary>Test classes that measure what the process allocates, run one at a time after all others.</summary>
[CollectionDefinition(nameof(AllocationMeasured), DisableParallelization = true)]
public sealed class AllocationMeasured;
