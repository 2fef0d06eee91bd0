using System.Net;
using Microsoft.Data.Sqlite;

namespace Taxonomy.Api.Tests;

/// <summary>/health/live for the process, /health/ready (and its alias /health) for the database.</summary>
public sealed class HealthTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task EveryHealthEndpointIsHealthyOverAMigratedDatabase(string url)
    {
        await using var factory = new TaxonomyApiFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ADatabaseMissingAMigrationIsNotReadyWhileTheProcessStaysLive()
    {
        await using var factory = new TaxonomyApiFactory();
        using var client = factory.CreateClient();
        (await client.GetAsync("/health/ready")).EnsureSuccessStatusCode();

        await using (var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var forget = other.CreateCommand();
            forget.CommandText = "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\")";
            Assert.Equal(1, await forget.ExecuteNonQueryAsync());
        }

        using var ready = await client.GetAsync("/health/ready");
        using var alias = await client.GetAsync("/health");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, alias.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }
}
