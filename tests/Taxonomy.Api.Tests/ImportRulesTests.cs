using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Taxonomy.Api.Tests;

/// <summary>
/// What an import does to a database that already holds the framework: upserts without
/// duplicates, keeps and marks what the release lacks, and refuses broken workbooks whole.
/// </summary>
public sealed class ImportRulesTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _admin = imported.Factory.CreateAdminClient();

    public static TheoryData<string, Func<MultipartFormDataContent>, string, string?, string?> BrokenWorkbooks => new()
    {
        { "not an .xlsx file", () => Workbooks.Form(Encoding.UTF8.GetBytes("phases,tactics\nP01,TA01\n"), Workbooks.Data), DisarmData.FrameworksFileName, null, null },
        { "truncated", () => Workbooks.Form(Workbooks.Frameworks, Workbooks.Data[..(Workbooks.Data.Length / 2)]), DisarmData.DataFileName, null, null },
        { "missing sheet", () => Workbooks.Form(Workbooks.WithoutSheet(Workbooks.Frameworks, "tactics"), Workbooks.Data), DisarmData.FrameworksFileName, "tactics", null },
        { "workbooks swapped", () => Workbooks.Form(Workbooks.Data, Workbooks.Frameworks), DisarmData.FrameworksFileName, null, null },
        { "no sheet of its kind", () => Workbooks.Form(Workbooks.Frameworks, Workbooks.Frameworks), DisarmData.DataFileName, null, null },
        { "missing column", () => Workbooks.Form(Workbooks.Frameworks, Workbooks.WithSharedString(Workbooks.Data, "incident_id", "incident")), DisarmData.DataFileName, "incidenttechniques", "incident_id" },
        { "malformed id", () => Workbooks.Form(Workbooks.WithSharedString(Workbooks.Frameworks, "T0166.003", "T0166.03"), Workbooks.Data), DisarmData.FrameworksFileName, "techniques", "disarm_id (A)" },
    };

    [Theory]
    [MemberData(nameof(BrokenWorkbooks))]
    public async Task BrokenWorkbookIsRefusedAndChangesNothing(string broken, Func<MultipartFormDataContent> form, string workbook, string? sheet, string? column)
    {
        var before = await DatabaseSnapshot.TakeAsync(imported.Factory.DatabasePath);

        using var content = form();
        var problem = await (await _admin.PostAsync("/api/v1/imports", content)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(workbook, (string?)problem["workbook"]);
        Assert.Equal(sheet, (string?)problem["sheet"]);
        Assert.Equal(column, (string?)problem["column"]);
        Assert.Contains(workbook, (string?)problem["detail"], StringComparison.Ordinal);
        if (broken == "malformed id")
        {
            Assert.True((int)problem["row"]! > 1);
            Assert.Contains("T0166.03", (string?)problem["detail"], StringComparison.Ordinal);
        }

        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(imported.Factory.DatabasePath));
    }

    [Fact]
    public async Task ImportWithoutAWorkbookIsABadRequest()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Workbooks.Frameworks), "frameworks", DisarmData.FrameworksFileName } };

        await (await _admin.PostAsync("/api/v1/imports", form)).ReadBadRequestAsync("data");
    }

    [Fact]
    public async Task ImportOfAnEmptyWorkbookIsABadRequest()
    {
        using var form = Workbooks.Form([], Workbooks.Data);

        await (await _admin.PostAsync("/api/v1/imports", form)).ReadBadRequestAsync("frameworks");
    }

    [Fact]
    public async Task ImportAsJsonIsAnUnsupportedMediaType()
    {
        await (await _admin.PostAsJsonAsync("/api/v1/imports", new { frameworks = "x", data = "y" })).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task ImportNeedsAnAdminKey()
    {
        using var form = Workbooks.RealForm();

        await (await imported.Factory.CreateClient().PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}

/// <summary>Imports that change the database, each on a database of its own: a copy of the imported release, or an empty one.</summary>
public sealed class ReimportTests
{
    [Fact]
    public async Task ImportingTheSameWorkbooksTwiceChangesNothing()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var before = await DatabaseSnapshot.TakeAsync(factory.DatabasePath, "imports", "imported_rows");

        var report = await ImportAsync(admin);

        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(factory.DatabasePath, "imports", "imported_rows"));
        var rowsByImport = await factory.WithDbAsync(db => db.ImportedRows.AsNoTracking()
            .OrderBy(row => row.Sheet).ThenBy(row => row.RowNumber)
            .Select(row => new { row.ImportId, row.Sheet, row.RowNumber, row.Key, row.Cells }).ToListAsync());
        var (first, second) = (rowsByImport.Where(row => row.ImportId == 1).ToList(), rowsByImport.Where(row => row.ImportId == 2).ToList());
        Assert.NotEmpty(first);
        Assert.Equal(first.Select(row => row with { ImportId = 0 }), second.Select(row => row with { ImportId = 0 }));
        Assert.All(report["types"]!.AsArray(), type =>
        {
            Assert.Equal(0, (int)type!["created"]!);
            Assert.Equal(0, (int)type["updated"]!);
            Assert.Equal((int)type["inRelease"]!, (int)type["unchanged"]!);
        });
    }

    [Fact]
    public async Task ImportRestoresReleaseObjectsAndKeepsAndMarksTheOthers()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var original = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Renamed by an admin", tacticId = (string?)original["tacticId"], summary = (string?)original["summary"] })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T9999", name = "A local technique", tacticId = "TA06" })).EnsureSuccessStatusCode();

        var report = await ImportAsync(admin);

        var techniques = report["types"]!.AsArray().Single(type => (string?)type!["type"] == "techniques")!;
        Assert.Equal(1, (int)techniques["updated"]!);
        Assert.Equal(0, (int)techniques["created"]!);
        Assert.Equal(1, (int)techniques["notInRelease"]!);
        Assert.Equal("T9999", (string?)techniques["notInReleaseIds"]![0]);
        var restored = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((string?)original["name"], (string?)restored["name"]);
        var local = await (await admin.GetAsync("/api/v1/techniques/T9999")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)local["inLatestImport"]!);
        Assert.True((bool)restored["inLatestImport"]!);
    }

    [Fact]
    public async Task LargeUploadIsRefusedWithTheLimit()
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:MaxImportBytes", "100000");
        using var admin = factory.CreateAdminClient();
        using var form = Workbooks.RealForm();

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("100000", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssuesPastTheLimitAreCountedByKindInOneLastIssue()
    {
        const int limit = 100;
        const int flood = 2000;
        await using var factory = (await ImportedDatabase.CopyAsync()).With("Taxonomy:MaxReportedIssues", $"{limit}");
        using var admin = factory.CreateAdminClient();
        var release = (await ImportedDatabase.ReportAsync())["issues"]!.AsArray().Select(issue => issue!).ToList();
        // Rows with a description and no id, below the sheet's 1,000 rows: one missing-id issue each,
        // met after every issue of the release, since this sheet is read last.
        var data = Workbooks.Edit(Workbooks.Data, Workbooks.SheetPart(Workbooks.Data, "associatedtechniques"), xml => xml.Replace(
            "</sheetData>",
            string.Concat(Enumerable.Range(1001, flood).Select(row => Workbooks.Row(row, ($"B{row}", "an association without an id")))) + "</sheetData>",
            StringComparison.Ordinal));
        using var form = Workbooks.Form(Workbooks.Frameworks, data);

        var report = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);

        var issues = report["issues"]!.AsArray();
        Assert.True(release.Count > limit, $"The release has {release.Count} issues; the test needs more than {limit}.");
        Assert.Equal(limit + 1, issues.Count);
        Assert.Equal(release.Take(limit).Select(issue => issue.ToJsonString()), issues.Take(limit).Select(issue => issue!.ToJsonString()));
        var notListed = release.Skip(limit).Select(issue => (string)issue["kind"]!).Concat(Enumerable.Repeat("missing-id", flood))
            .GroupBy(kind => kind).OrderBy(kind => kind.Key, StringComparer.Ordinal).ToList();
        var summary = issues[limit]!;
        Assert.Equal("issues-not-listed", (string?)summary["kind"]);
        Assert.Equal((string?)release[limit]["workbook"], (string?)summary["workbook"]);
        Assert.Equal((string?)release[limit]["sheet"], (string?)summary["sheet"]);
        Assert.Equal((int)release[limit]["row"]!, (int)summary["row"]!);
        Assert.Equal(
            $"{release.Count - limit + flood} more issues were found than the {limit} listed: {string.Join(", ", notListed.Select(kind => $"{kind.Count()} {kind.Key}"))}.",
            (string?)summary["problem"]);
        Assert.Contains("Taxonomy:MaxReportedIssues", (string?)summary["action"], StringComparison.Ordinal);
        var stored = await (await admin.GetAsync($"/api/v1/imports/{(int)report["id"]!}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(issues.ToJsonString(), stored["issues"]!.ToJsonString());
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> ImportAsync(HttpClient admin)
    {
        using var form = Workbooks.RealForm();
        return await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
    }
}
