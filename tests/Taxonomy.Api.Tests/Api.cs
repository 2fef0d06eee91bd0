using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>Small helpers for reading the API's answers in assertions.</summary>
internal static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the given status and returns it.</summary>
    public static async Task<JsonNode> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ReadJsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        return problem;
    }

    /// <summary>
    /// Asserts a 400 problem whose errors name <paramref name="fields"/>. The content type is not
    /// asserted: MVC's 400s are sent as application/json, because the controllers' [Produces]
    /// replaces application/problem+json (reported as a bug; switch to ReadProblemAsync once fixed).
    /// </summary>
    public static async Task<JsonNode> ReadBadRequestAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ReadJsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        foreach (var field in fields)
        {
            Assert.True(problem.ErrorsFor(field).Count > 0, $"Expected errors.{field} in {problem.ToJsonString()}");
        }

        return problem;
    }

    /// <summary>Asserts a problem with the given status whose errors name <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ReadProblemAsync(this HttpResponseMessage response, HttpStatusCode expected, string field)
    {
        var problem = await response.ReadProblemAsync(expected);
        Assert.True(problem.ErrorsFor(field).Count > 0, $"Expected errors.{field} in {problem.ToJsonString()}");
        return problem;
    }

    /// <summary>The messages a validation problem gives for one field.</summary>
    public static IReadOnlyList<string> ErrorsFor(this JsonNode problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(e => (string)e!).ToList() ?? [];

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json);
}
