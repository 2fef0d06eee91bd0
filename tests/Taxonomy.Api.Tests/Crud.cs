using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>The contract every resource keyed by a DISARM id shares, asserted through HTTP.</summary>
internal static class Crud
{
    public static async Task<JsonNode> CreateAsync(this HttpClient admin, string resource, object body) =>
        await (await admin.PostJsonAsync($"/api/v1/{resource}", body)).ReadJsonAsync(HttpStatusCode.Created);

    /// <summary>Creates a phase and a tactic in it; TA11 gets phase P11.</summary>
    public static async Task CreateTacticAsync(this HttpClient admin, string tacticId)
    {
        var phaseId = "P" + tacticId[2..];
        await admin.CreateAsync("phases", new { id = phaseId, name = $"Phase {phaseId}", rank = 1 });
        await admin.CreateAsync("tactics", new { id = tacticId, name = $"Tactic {tacticId}", phaseId, rank = 1 });
    }

    /// <summary>Creates a technique, or a sub-technique when <paramref name="tacticId"/> is null.</summary>
    public static Task<JsonNode> CreateTechniqueAsync(this HttpClient admin, string id, string? tacticId = null) =>
        admin.CreateAsync("techniques", new { id, name = $"Technique {id}", tacticId });

    /// <summary>
    /// Creates what a counter or detection can link to; for "11": M011, TA11 (in P11), D11, T0011,
    /// T0011.001, A011, R011 and I00011.
    /// </summary>
    public static async Task CreateLinkTargetsAsync(this HttpClient admin, string n)
    {
        await admin.CreateAsync("metatechniques", new { id = $"M0{n}", name = "Friction" });
        await admin.CreateTacticAsync($"TA{n}");
        await admin.CreateAsync("response-types", new { id = $"D{n}", name = "Deny" });
        await admin.CreateTechniqueAsync($"T00{n}", $"TA{n}");
        await admin.CreateTechniqueAsync($"T00{n}.001");
        await admin.CreateAsync("actor-types", new { id = $"A0{n}", name = "Platform owner" });
        await admin.CreateAsync("resources", new { id = $"R0{n}", name = "platform algorithms" });
        await admin.CreateAsync("incidents", new { id = $"I000{n}", name = "Deepfake crisis" });
    }

    /// <summary>
    /// The whole life of one object. POSTs <paramref name="create"/> (whose id may be in any case)
    /// and reads it back by its lower-case id; PUTs <paramref name="replace"/>, which has no id, and
    /// reads that back; refuses a PUT whose body names <paramref name="otherId"/>; deletes it, after
    /// which it is gone and a second delete finds nothing. Every answer must be exactly the fields
    /// sent, with the id as <paramref name="id"/>, plus <paramref name="computed"/>.
    /// </summary>
    public static async Task AssertRoundTripAsync(
        this HttpClient admin, string resource, string id, object create, object replace, string otherId, object? computed = null)
    {
        var url = $"/api/v1/{resource}/{id.ToLowerInvariant()}";
        var created = await admin.PostJsonAsync($"/api/v1/{resource}", create);
        AssertJsonEqual(Expected(id, create, computed), await created.ReadJsonAsync(HttpStatusCode.Created));
        Assert.Equal($"/api/v1/{resource}/{id}", created.Headers.Location?.OriginalString);
        AssertJsonEqual(Expected(id, create, computed), await (await admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));

        AssertJsonEqual(Expected(id, replace, computed, version: 2), await (await admin.PutJsonAsync(url, replace)).ReadJsonAsync(HttpStatusCode.OK));
        AssertJsonEqual(Expected(id, replace, computed, version: 2), await (await admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));

        var otherIdInBody = ToObject(replace);
        otherIdInBody["id"] = otherId;
        await (await admin.PutJsonAsync(url, otherIdInBody)).ReadBadRequestAsync("id");
        AssertJsonEqual(Expected(id, replace, computed, version: 2), await (await admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        await (await admin.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// An id in the URL that cannot name an object of the resource is 404 for every verb;
    /// <paramref name="validBody"/> passes validation, so only the URL is wrong.
    /// </summary>
    public static async Task AssertMalformedRouteIdIsNotFoundAsync(this HttpClient admin, string resource, string malformedId, object validBody)
    {
        var url = $"/api/v1/{resource}/{malformedId}";
        await (await admin.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PutJsonAsync(url, validBody)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await admin.DeleteAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Asserts a refused delete whose problem names exactly these referrers, and that the object survived it.</summary>
    public static async Task AssertDeleteRefusedAsync(this HttpClient admin, string resource, string id, Dictionary<string, string[]> referencedBy)
    {
        var url = $"/api/v1/{resource}/{id}";
        var problem = await (await admin.DeleteAsync(url)).ReadProblemAsync(HttpStatusCode.Conflict);
        var actual = problem["referencedBy"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsArray().Select(i => (string)i!).ToArray());
        Assert.Equal(referencedBy, actual);
        await (await admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The ids on one page of a list, in the order given.</summary>
    public static async Task<IReadOnlyList<string>> ListIdsAsync(this HttpClient client, string resourceAndQuery)
    {
        var page = await (await client.GetAsync($"/api/v1/{resourceAndQuery}")).ReadJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(item => item!["id"]!.ToString()).ToList();
    }

    /// <summary>
    /// Asserts two resources equal. A resource's modified is the time of its version, which a test
    /// cannot know: when <paramref name="expected"/> leaves it out, the actual one must be a UTC time
    /// of the last hour, and is then left out of the comparison.
    /// </summary>
    public static void AssertJsonEqual(JsonNode expected, JsonNode actual)
    {
        var compared = actual.DeepClone();
        if (expected is JsonObject { } wanted && !wanted.ContainsKey("modified") && compared is JsonObject got && got.ContainsKey("modified"))
        {
            var modified = DateTime.Parse((string)got["modified"]!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
            Assert.Equal(DateTimeKind.Utc, modified.Kind);
            Assert.InRange(modified, DateTime.UtcNow.AddHours(-1), DateTime.UtcNow.AddMinutes(1));
            got.Remove("modified");
        }

        Assert.True(JsonNode.DeepEquals(expected, compared), $"Expected {expected.ToJsonString()}{Environment.NewLine}but got  {actual.ToJsonString()}");
    }

    /// <summary>
    /// What the API should answer for <paramref name="body"/>: its fields, the id, the computed
    /// fields, inLatestImport false, as no import has contained an object created through the API,
    /// and the version it is at.
    /// </summary>
    public static JsonObject Expected(JsonNode id, object body, object? computed = null, int version = 1)
    {
        var expected = ToObject(body);
        expected["id"] = id;
        expected["inLatestImport"] = false;
        expected["version"] = version;
        foreach (var (name, value) in computed is null ? [] : ToObject(computed))
        {
            expected[name] = value?.DeepClone();
        }

        return expected;
    }

    private static JsonObject ToObject(object body) => JsonSerializer.SerializeToNode(body, Api.Json)!.AsObject();
}
