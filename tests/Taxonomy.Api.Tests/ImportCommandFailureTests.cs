using System.Net;
using Taxonomy.Infrastructure.Releases;
using static Taxonomy.Api.Tests.ImportCommandProcess;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Runs of the <c>import</c> verb that must fail, name why, and change nothing; apart from the
/// <see cref="ImportCommandTests"/> that load the release, so that the two run in parallel.
/// </summary>
public sealed class ImportCommandFailureTests : IDisposable
{
    private readonly ImportCommandProcess _import = new();

    [Fact]
    public async Task ImportingFromAUrlThatAnswersNotFoundFailsAndImportsNothing()
    {
        await using var server = await StartWorkbookServerAsync();
        var baseUrl = server.Urls.Single();

        var result = await _import.RunAsync("--allow-private-urls", "--from-url", $"{baseUrl}/{DisarmData.FrameworksFileName}", $"{baseUrl}/missing.xlsx");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains("404", result.Stderr);
        Assert.Equal(0, await _import.CountRowsAsync("techniques"));
    }

    [Fact]
    public async Task ImportingAFolderThatDoesNotExistFailsAndNamesItBeforeTheDatabaseIsCreated()
    {
        var folder = Path.Combine(_import.Folder, "no-such-folder");

        var result = await _import.RunAsync(folder);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains(folder, result.Stderr);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    [Fact]
    public async Task ImportingAFolderWithoutTheWorkbooksFailsAndNamesTheMissingFileBeforeTheDatabaseIsCreated()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_import.Folder, "empty")).FullName;

        var result = await _import.RunAsync(folder);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains(DisarmData.FrameworksFileName, result.Stderr);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    [Fact]
    public async Task ImportingAWorkbookThatDoesNotExistFailsAndNamesItBeforeTheDatabaseIsCreated()
    {
        var missing = Path.Combine(_import.Folder, "no-such-data.xlsx");

        var result = await _import.RunAsync(DisarmData.FrameworksPath, missing);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains(missing, result.Stderr);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    [Fact]
    public async Task ImportingATextFileAsAWorkbookFailsAndLeavesTheEarlierImportIntact()
    {
        await ImportedDatabase.CopyToAsync(_import.DatabasePath);
        var before = await DatabaseSnapshot.TakeAsync(_import.DatabasePath);
        var textFile = Path.Combine(_import.Folder, "frameworks.xlsx");
        await File.WriteAllTextAsync(textFile, "not a workbook", TestContext.Current.CancellationToken);

        var result = await _import.RunAsync(textFile, DisarmData.DataPath);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Import failed, nothing was changed.", result.Stderr);
        Assert.Contains("frameworks.xlsx", result.Stderr);
        Assert.Contains("not a readable .xlsx", result.Stderr);
        Assert.Equal(TechniquesInRelease, await _import.CountRowsAsync("techniques"));
        Assert.Equal(IncidentsInRelease, await _import.CountRowsAsync("incidents"));
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(_import.DatabasePath));
    }

    [Fact]
    public async Task ASizeLimitSetForTheCommandStopsAZipBombWithTheApisMessageWithinAQuarterGigabyteHeap()
    {
        await ImportedDatabase.CopyToAsync(_import.DatabasePath);
        var before = await DatabaseSnapshot.TakeAsync(_import.DatabasePath);
        var bomb = Path.Combine(_import.Folder, DisarmData.FrameworksFileName);
        await File.WriteAllBytesAsync(bomb, Workbooks.Bomb, TestContext.Current.CancellationToken);
        // Reading the 1 GiB sheet would keep millions of rows: with the heap capped, the process
        // would die of it rather than exit 1.
        _import.Environment["DOTNET_GCHeapHardLimit"] = "0x10000000";
        await using var api = (await ImportedDatabase.CopyAsync()).With("Taxonomy:MaxWorkbookUncompressedBytes", "67108864");
        using var admin = api.CreateAdminClient();
        using var form = Workbooks.Form(Workbooks.Bomb, Workbooks.Data);

        var result = await _import.RunAsync(bomb, DisarmData.DataPath, "--Taxonomy:MaxWorkbookUncompressedBytes=67108864");
        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        var detail = (string?)problem["detail"];
        Assert.True(result.ExitCode == 1, $"Exit code {result.ExitCode}: {result.Stderr}");
        Assert.Equal($"Import failed, nothing was changed. {detail}", result.Stderr.Trim());
        Assert.StartsWith($"{DisarmData.FrameworksFileName}, sheet 'phases': The workbook's parts decompress to", detail, StringComparison.Ordinal);
        Assert.EndsWith("The limit is 67108864, set by Taxonomy:MaxWorkbookUncompressedBytes.", detail, StringComparison.Ordinal);
        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(_import.DatabasePath));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b c")]
    [InlineData("a b c.json d")]
    [InlineData("--from-url http://127.0.0.1/only-one.xlsx")]
    [InlineData("--allow-private-urls folder")]
    [InlineData("folder --release")]
    public async Task ImportWithBadArgumentsPrintsUsageAndExitsTwoBeforeCreatingTheDatabase(string arguments)
    {
        var result = await _import.RunAsync(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Stderr);
        Assert.Empty(result.Stdout);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    [Theory]
    [InlineData("Unrecognized option '--bogus'.", "--bogus")]
    [InlineData("Unrecognized option '-x'.", "-x")]
    [InlineData($"'1.7 curated' is not a release label: use {ReleaseLabels.Rule}.", "--release", "1.7 curated")]
    [InlineData($"'-1.7' is not a release label: use {ReleaseLabels.Rule}.", "--release", "-1.7")]
    [InlineData($"'v1.7!' is not a release label: use {ReleaseLabels.Rule}.", "--release", "v1.7!")]
    public async Task AnUnknownOptionOrABadReleaseLabelIsAUsageErrorNamingItBeforeTheDatabaseIsCreated(string message, params string[] arguments)
    {
        var result = await _import.RunAsync([DisarmData.Folder, .. arguments]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Stderr.TrimStart(), StringComparison.Ordinal);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("-?")]
    public async Task ImportHelpListsItsOptionsAndExitsZeroBeforeTheDatabaseIsCreated(string help)
    {
        var result = await _import.RunAsync(help);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Usage:", result.Stdout);
        foreach (var option in new[] { "--from-url", "--allow-private-urls", "--release <label>", DisarmData.FrameworksFileName })
        {
            Assert.Contains(option, result.Stdout, StringComparison.Ordinal);
        }

        Assert.Empty(result.Stderr);
        Assert.False(File.Exists(_import.DatabasePath));
    }

    public void Dispose() => _import.Dispose();
}
