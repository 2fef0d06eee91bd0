using System.Net;
using System.Text;

namespace Taxonomy.Api.Tests;

/// <summary>Bad input of any shape gets a problem-details 4xx that says what is wrong; never a 500.</summary>
public sealed class ErrorResponseTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    [Fact]
    public async Task MalformedJsonIs400NamingTheBody()
    {
        var response = await PostRawAsync("/api/v1/sectors", "{\"id\": \"S100\", \"name\": ", "application/json");

        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task AnEmptyBodyIs400()
    {
        var problem = await (await PostRawAsync("/api/v1/sectors", "", "application/json")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor("body"));
    }

    [Fact]
    public async Task AnUnknownFieldIs400NamingIt()
    {
        var problem = await (await PostRawAsync("/api/v1/sectors", "{\"id\":\"S101\",\"name\":\"x\",\"sumary\":\"typo\"}", "application/json"))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor("sumary"));
        Assert.DoesNotContain("Taxonomy.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIs400NamingTheField()
    {
        var problem = await (await PostRawAsync("/api/v1/phases", "{\"id\":\"P10\",\"name\":\"x\",\"rank\":\"first\"}", "application/json"))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor("rank"));
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Numbers are strict JSON numbers, as the OpenAPI document types them; the web defaults would read "3".</summary>
    [Fact]
    public async Task ANumberGivenAsAStringIs400NamingTheField()
    {
        var problem = await (await PostRawAsync("/api/v1/phases", "{\"id\":\"P11\",\"name\":\"x\",\"rank\":\"3\"}", "application/json"))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.ErrorsFor("rank"));
    }

    [Fact]
    public async Task AJsonArrayInsteadOfAnObjectIs400()
    {
        await (await PostRawAsync("/api/v1/sectors", "[1,2,3]", "application/json")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnIdOfTheWrongShapeIs400WithPerFieldErrors()
    {
        var problem = await (await factory.CreateAdminClient().PostJsonAsync("/api/v1/techniques", new { id = "T12", name = "", tacticId = "TA6" }))
            .ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(problem.ErrorsFor("id"), m => m.Contains("T12", StringComparison.Ordinal));
        Assert.NotEmpty(problem.ErrorsFor("name"));
        Assert.NotEmpty(problem.ErrorsFor("tacticId"));
    }

    [Fact]
    public async Task ANonJsonMediaTypeIs415()
    {
        await (await PostRawAsync("/api/v1/sectors", "id=S102&name=x", "application/x-www-form-urlencoded")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await PostRawAsync("/api/v1/sectors", "{}", "text/plain")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    /// <summary>MVC's media-type parser throws on such a header while it picks the body's encoding; the fuzz test found it answering 500.</summary>
    [Theory]
    [InlineData("application/json; charset=")]
    [InlineData("text/json; x=")]
    [InlineData("application/json; a=b; c=\t")]
    public async Task AContentTypeEndingInAParameterWithoutAValueIs415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"id\":\"S105\",\"name\":\"x\"}"));
        Assert.True(content.Headers.TryAddWithoutValidation("Content-Type", contentType));

        await (await factory.CreateAdminClient().PostAsync("/api/v1/sectors", content)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await factory.CreateClient().GetAsync("/api/v1/sectors/S105")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>MVC's jQuery form value provider throws on such a key; the fuzz test found both answering 500.</summary>
    [Fact]
    public async Task AFormFieldNamedWithAnOpenBracketIsRefusedAsAnyBadForm()
    {
        var admin = factory.CreateAdminClient();

        await (await PostRawAsync("/api/v1/incidents", "[[[[", "application/x-www-form-urlencoded")).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "frameworks[", "DISARM_FRAMEWORKS_MASTER.xlsx" } };
        await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.BadRequest, "frameworks");
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413()
    {
        var body = "{\"id\":\"S103\",\"name\":\"" + new string('a', 1024 * 1024) + "\"}";

        await (await PostRawAsync("/api/v1/sectors", body, "application/json")).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AStreamedBodyOverTheLimitIs413()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\":\"S104\",\"name\":\"" + new string('a', 1024 * 1024) + "\"}");
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sectors") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Api-Key", TaxonomyApiFactory.AdminKey);

        await (await factory.CreateClient().SendAsync(request)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await factory.CreateClient().GetAsync("/api/v1/sectors/S104")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnUnknownRouteIs404ProblemDetails()
    {
        await (await factory.CreateClient().GetAsync("/api/v1/no-such-things")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("utf-16", new byte[] { 0x7B, 0x00, 0x22, 0x00, 0x69, 0x00, 0x22 })] // odd length: half a character at the end
    [InlineData("utf-16", new byte[] { 0x7B, 0x00, 0x00, 0xDC, 0x7D, 0x00 })] // a lone low surrogate
    public async Task ABodyThatIsNotValidInItsDeclaredCharsetIs400NamingTheCharset(string charset, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json") { CharSet = charset };

        var problem = await (await factory.CreateAdminClient().PutAsync("/api/v1/sectors/S001", content)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(charset, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/v1/techniques/T0002/history/x", "text/markdown", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/v1/imports/1.0", "application/xml", HttpStatusCode.NotFound)]
    [InlineData("PATCH", "/api/v1/sectors/S001", "text/markdown", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/no/such/route", "text/html", HttpStatusCode.NotFound)]
    public async Task AProblemIsProblemJsonWhateverTheRequestAccepts(string method, string url, string accept, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd(accept);

        using var response = await factory.CreateClient().SendAsync(request);

        var problem = await response.ReadProblemAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrEmpty((string?)problem["title"]));
        Assert.False(string.IsNullOrEmpty((string?)problem["traceId"]));
    }

    [Fact]
    public async Task AnUnsupportedMethodIs405ProblemDetails()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "/api/v1/sectors/S001");
        request.Headers.Add("X-Api-Key", TaxonomyApiFactory.AdminKey);

        await (await factory.CreateClient().SendAsync(request)).ReadProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0166.003.1")]
    [InlineData("/api/v1/techniques/%20")]
    [InlineData("/api/v1/references/abc")]
    [InlineData("/api/v1/references/99999999999")]
    [InlineData("/api/v1/tactics/TA99")]
    public async Task AMalformedOrUnknownIdInTheUrlIs404(string url)
    {
        await (await factory.CreateClient().GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>MVC binds a route value of only spaces as null; the fuzz test found the page routes answering it with 500.</summary>
    [Theory]
    [InlineData("/generated_pages/%20")]
    [InlineData("/generated_pages/%20%20/T0002.md")]
    [InlineData("/generated_pages/techniques/%20")]
    public async Task APageNameOfOnlySpacesIs404(string url)
    {
        await (await factory.CreateClient().GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/v1/techniques?page=0")]
    [InlineData("/api/v1/techniques?pageSize=201")]
    [InlineData("/api/v1/techniques?pageSize=abc")]
    [InlineData("/api/v1/techniques?tacticId=XX")]
    [InlineData("/api/v1/techniques?isSubtechnique=maybe")]
    [InlineData("/api/v1/tactics?sort=name")]
    public async Task ABadQueryIs400(string url)
    {
        var problem = await (await factory.CreateClient().GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]);
    }

    [Theory]
    [InlineData("/api/v1/techniques?query=x&tacticId=TA99")]
    [InlineData("/api/v1/techniques?paging=x&tacticId=TA99")]
    public async Task FiltersAreReadWhateverOtherKeysTheQueryCarries(string url)
    {
        await (await factory.CreateClient().GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AValidationProblemCarriesATraceIdAndType()
    {
        var problem = await (await factory.CreateClient().GetAsync("/api/v1/techniques?page=0")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["traceId"]);
        Assert.NotNull(problem["type"]);
        Assert.NotEmpty(problem.ErrorsFor("page"));
    }

    private Task<HttpResponseMessage> PostRawAsync(string url, string body, string mediaType)
    {
        var client = factory.CreateAdminClient();
        return client.PostAsync(url, new StringContent(body, Encoding.UTF8, mediaType));
    }
}
