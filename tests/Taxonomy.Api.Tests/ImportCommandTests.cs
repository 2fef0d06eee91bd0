using static Taxonomy.Api.Tests.ImportCommandProcess;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Import runs of the <c>import</c> verb that load the release, over a fresh SQLite file or over a
/// copy of the release imported through the API, checked by exit code, output and the rows in the file.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly ImportCommandProcess _import = new();

    [Fact]
    public async Task ImportingAFolderLoadsTheFrameworkAndDisarmsStixIdsAndExitsZero()
    {
        var result = await _import.RunAsync(DisarmData.Folder);

        Assert.True(result.ExitCode == 0, result.Stderr);
        // DISARM's bundle beside the workbooks (stix/DISARM.json) has 799 objects, every one of which an id is kept for.
        Assert.Contains("STIX ids taken from DISARM's bundle: 799", result.Stdout);
        Assert.Equal(799, await _import.CountRowsAsync("stix_ids"));
        Assert.Equal([TechniquesInRelease, TechniquesInRelease, 0, 0, 0], ReportedCounts(result.Stdout, "techniques"));
        Assert.Contains("Import 1 done in", result.Stdout);
        Assert.Equal(TechniquesInRelease, await _import.CountRowsAsync("techniques"));
        Assert.Equal(IncidentsInRelease, await _import.CountRowsAsync("incidents"));
    }

    [Fact]
    public async Task ImportingTheSameWorkbooksAgainChangesNothing()
    {
        await ImportedDatabase.CopyToAsync(_import.DatabasePath);
        var before = await DatabaseSnapshot.TakeAsync(_import.DatabasePath, "imports", "imported_rows");

        var result = await _import.RunAsync(DisarmData.FrameworksPath, DisarmData.DataPath);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal([TechniquesInRelease, 0, 0, TechniquesInRelease, 0], ReportedCounts(result.Stdout, "techniques"));
        Assert.Contains("Import 2 done in", result.Stdout);
        Assert.Equal(TechniquesInRelease, await _import.CountRowsAsync("techniques"));
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(_import.DatabasePath, "imports", "imported_rows"));
    }

    [Fact]
    public async Task ImportingFromPrivateUrlsWhenAllowedDownloadsTheWorkbooksAndLoadsThem()
    {
        await using var server = await StartWorkbookServerAsync();
        var baseUrl = server.Urls.Single();

        var result = await _import.RunAsync("--from-url", $"{baseUrl}/{DisarmData.FrameworksFileName}", $"{baseUrl}/{DisarmData.DataFileName}", "--allow-private-urls");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal(TechniquesInRelease, await _import.CountRowsAsync("techniques"));
    }

    public void Dispose() => _import.Dispose();
}
