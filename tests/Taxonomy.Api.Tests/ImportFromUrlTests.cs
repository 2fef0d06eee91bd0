using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Importing;

namespace Taxonomy.Api.Tests;

/// <summary>
/// <c>import --from-url</c> refusing URLs that are not https or whose host has an address off the
/// public internet, before any connection is made. The command runs in this process over the
/// factory's services, parsed and run as Program does: a child process per URL would cost seconds each, and
/// none of what is tested happens before the command's own code.
/// </summary>
public sealed class ImportFromUrlTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    [Theory]
    [InlineData("http://example.org/DISARM_FRAMEWORKS_MASTER.xlsx", @"^'http://example\.org/DISARM_FRAMEWORKS_MASTER\.xlsx' is not an https URL; pass --allow-private-urls to download over http\.$")]
    [InlineData("https://localhost/DISARM_FRAMEWORKS_MASTER.xlsx", @"^localhost resolves to (127\.0\.0\.1|::1), which is not a public address; pass --allow-private-urls to download from it\.$")]
    [InlineData("https://127.0.0.1/DISARM_FRAMEWORKS_MASTER.xlsx", @"^127\.0\.0\.1 resolves to 127\.0\.0\.1, which is not a public address")]
    [InlineData("https://10.0.0.1/DISARM_FRAMEWORKS_MASTER.xlsx", @"^10\.0\.0\.1 resolves to 10\.0\.0\.1, which is not a public address")]
    [InlineData("https://172.20.1.1/DISARM_FRAMEWORKS_MASTER.xlsx", @"^172\.20\.1\.1 resolves to 172\.20\.1\.1, which is not a public address")]
    [InlineData("https://192.168.1.1/DISARM_FRAMEWORKS_MASTER.xlsx", @"^192\.168\.1\.1 resolves to 192\.168\.1\.1, which is not a public address")]
    [InlineData("https://169.254.169.254/DISARM_FRAMEWORKS_MASTER.xlsx", @"^169\.254\.169\.254 resolves to 169\.254\.169\.254, which is not a public address")]
    [InlineData("https://[::1]/DISARM_FRAMEWORKS_MASTER.xlsx", @"^::1 resolves to ::1, which is not a public address")]
    [InlineData("https://[fe80::1]/DISARM_FRAMEWORKS_MASTER.xlsx", @"^fe80::1 resolves to fe80::1, which is not a public address")]
    [InlineData("https://[::ffff:10.0.0.1]/DISARM_FRAMEWORKS_MASTER.xlsx", @"resolves to ::ffff:10\.0\.0\.1, which is not a public address")]
    public async Task ImportFromAUrlThatIsNotHttpsOrNotPublicIsRefusedBeforeConnecting(string url, string refusal)
    {
        var (exitCode, stdout, stderr) = await RunAsync("--from-url", url, "https://example.org/DISARM_DATA_MASTER.xlsx");

        const string failed = "Import failed, nothing was changed. ";
        Assert.Equal(1, exitCode);
        Assert.StartsWith(failed, stderr, StringComparison.Ordinal);
        Assert.Matches(refusal, stderr.Trim()[failed.Length..]);
        Assert.DoesNotContain("Downloading", stdout, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Techniques.CountAsync()));
    }

    [Fact]
    public async Task AllowingPrivateUrlsWithoutFromUrlIsAUsageError()
    {
        var (exitCode, _, stderr) = await RunAsync("--allow-private-urls", DisarmData.Folder);

        Assert.Equal(2, exitCode);
        Assert.Contains("--allow-private-urls", stderr, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Techniques.CountAsync()));
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var (run, exitCode) = ApiCommandLine.Parse([ImportCommand.Verb, .. arguments], stdout, stderr);
        if (run?.Import is { } import)
        {
            exitCode = await ImportCommand.RunAsync(factory.Services, import, ImportCommand.OpenFiles(import), stdout, stderr, TestContext.Current.CancellationToken);
        }

        return (exitCode, stdout.ToString(), stderr.ToString());
    }
}
