using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.OpenApi;
using Taxonomy.Api;
using Taxonomy.Api.Caching;
using Taxonomy.Api.Conventions;
using Taxonomy.Api.Health;
using Taxonomy.Api.History;
using Taxonomy.Api.Importing;
using Taxonomy.Api.Limits;
using Taxonomy.Api.Observability;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Releases;
using Taxonomy.Api.Search;
using Taxonomy.Api.Disarm.NamedObjects;
using Taxonomy.Api.Security;
using Taxonomy.Api.Stix;
using Taxonomy.Api.Taxii;
using Taxonomy.Api.Validation;
using Taxonomy.Infrastructure;
using Taxonomy.Infrastructure.History;
using Taxonomy.Infrastructure.Import;

// Help and wrong arguments are answered before anything opens the database, and so are
// workbooks that are not there.
var (run, exitCode) = ApiCommandLine.Parse(args, Console.Out, Console.Error);
if (run is null)
{
    return exitCode;
}

WorkbookSource[] workbooks;
try
{
    workbooks = run.Import is { } toImport ? ImportCommand.OpenFiles(toImport) : [];
}
catch (Exception missing) when (missing is IOException or UnauthorizedAccessException)
{
    return await ImportCommand.FailAsync(Console.Error, missing);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = [.. run.Settings],
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddTaxonomyDatabase(builder.Configuration);
builder.Services.Configure<TaxonomyOptions>(builder.Configuration.GetSection(TaxonomyOptions.Section));
builder.Services.Configure<SearchLimits>(builder.Configuration.GetSection(SearchLimits.Section));
builder.Services.Configure<ImportLimits>(builder.Configuration.GetSection(TaxonomyOptions.Section));
builder.Services.AddSingleton<IResourceSnapshots, ResourceSnapshots>();
builder.Services.AddSingleton<WriteGate>();
builder.Services.AddScoped<VersionHistory>();
builder.Services.AddScoped<Deletion>();
builder.Services.AddScoped<PageSource>();
builder.Services.AddSingleton<ImportedSheets>();
builder.Services.AddSingleton<PageModels>();
builder.Services.AddScoped<ListTotals>();
builder.Services.AddSingleton<ReleaseCopies>();
builder.Services.Configure<StixOptions>(builder.Configuration.GetSection(StixOptions.Section));
builder.Services.AddScoped<StixFeed>();
builder.Services.AddTaxii();
// Sized in bytes of cached answers (ConditionalGetMiddleware): 64 MiB holds the whole framework many times over.
builder.Services.AddMemoryCache(options => options.SizeLimit = 64 * 1024 * 1024);
builder.Services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);

builder.Services.AddProblemDetails();
builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApplicationModelProvider, ResourceConventions>());
builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
builder.Services
    .AddControllers(options =>
    {
        options.Filters.Add<UnreadableContentTypeFilter>();
        options.Filters.Add<ValidationFilter>();
        options.Filters.Add<ChangeAuthorFilter>();
        options.Filters.Add<NextLinkFilter>();
        // FluentValidation decides what is required, so that every rule lives in one validator.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        // Reads every form field named like a[b] for jQuery's sake, which no action here binds,
        // and throws (a 500) on a field whose name opens a bracket it does not close.
        options.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
    })
    .ConfigureApplicationPartManager(parts => parts.FeatureProviders.Add(new NamedObjectControllers()))
    .ConfigureApiBehaviorOptions(options => options.InvalidModelStateResponseFactory = ModelBindingProblems.Create)
    .AddJsonOptions(options => ConfigureJson(options.JsonSerializerOptions));
// The OpenAPI generator describes bodies with ASP.NET Core's own JSON options, not MVC's: the same
// settings keep the document saying what MVC reads and writes.
builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));

// After MVC's and ASP.NET Core's own writers, which it stands in for when both decline.
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();

builder.Services
    .AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
    .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
builder.Services.AddSingleton<ApiKeys>();
builder.Services.AddCors();
builder.Services.AddSingleton<ICorsPolicyProvider, CorsPolicies>();
builder.Services.AddSingleton<WrongKeyThrottle>();
builder.Services.AddExpensiveReadLimits(builder.Configuration);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Roles.Editor, policy => policy.RequireRole(Roles.Editor))
    .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin));

builder.Services.AddOpenApi(options =>
{
    options.AddDocumentTransformer<ApiKeySecurityTransformer>();
    options.AddOperationTransformer<ApiKeySecurityTransformer>();
    options.AddSchemaTransformer<RequestSchemaTransformer>();
    options.AddSchemaTransformer(StixObject.DescribeSchema);
    options.AddOperationTransformer<QueryParameterTransformer>();
    options.AddOperationTransformer<RequestSchemaTransformer>();
    options.AddOperationTransformer<ResourceDocumentationTransformer>();
    options.AddOperationTransformer<ServedMediaTypesTransformer>();
    options.AddOperationTransformer<ReleaseParameterTransformer>();
    options.AddOperationTransformer<OperationIdTransformer>();
    options.AddDocumentTransformer<TagTransformer>();
    options.AddDocumentTransformer<FileUploadTransformer>();
    options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "DISARM Taxonomy API";
        document.Info.Description = "The DISARM disinformation framework: phases, tactics, techniques, incidents, counters and their relationships. Reads are public; writes need an admin API key (X-Api-Key).";
        // What an integrator may do with the answers: they are DISARM's data (README, Data and licence).
        document.Info.License = new OpenApiLicense { Name = "DISARM data: CC BY-SA 4.0, credit the DISARM Foundation", Url = new Uri("https://creativecommons.org/licenses/by-sa/4.0/") };
        // Relative to the document's own URL. The default is built from the request's Host header, which any client can forge.
        document.Servers = [new OpenApiServer { Url = "/" }];
        return Task.CompletedTask;
    });
});

builder.Services.AddTaxonomyHealthChecks();
builder.AddTaxonomyTelemetry();
builder.Services.AddHttpLogging(options =>
{
    options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.RequestQuery
        | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
    options.CombineLogs = true;
});
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

var app = builder.Build();

// Reading the keys and the write origins checks them, so that a mistake stops the API here, naming the setting.
app.Services.GetRequiredService<ApiKeys>();
app.Services.GetRequiredService<ICorsPolicyProvider>();

// Outside the exception handler, so that the request log records the status the client got.
app.UseHttpLogging();
app.UseMiddleware<HeadRequestMiddleware>();
app.UseMiddleware<RepeatedQueryParameters>();
// Explicitly, after HEAD is turned into GET: by default routing runs before every middleware.
app.UseRouting();
app.UseCors();
app.UseMiddleware<SecurityHeadersMiddleware>();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestBodyLimitMiddleware>();
app.UseMiddleware<ReleaseReadsMiddleware>();
app.UseMiddleware<ConditionalGetMiddleware>();
app.UseExpensiveReadLimits();
app.UseAuthentication();
app.UseAuthorization();

app.MapApiDocumentation();
app.MapTaxonomyHealthChecks();
app.MapTaxonomyMetrics();
app.MapControllers();

await app.Services.MigrateTaxonomyDatabaseAsync();
if (await app.Services.KeepBaselineVersionsAsync() > 0)
{
    // Giving a large database its first versions reads every object through EF Core, and the
    // server GC would otherwise keep the heap that grew to for as long as the API runs.
    GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}

if (run.Import is { } import)
{
    app.Services.StartTaxonomyTelemetry();
    var imported = await ImportCommand.RunAsync(app.Services, import, workbooks, Console.Out, Console.Error, CancellationToken.None);
    // Flushes the telemetry the import leaves buffered.
    await app.DisposeAsync();
    return imported;
}

await app.RunAsync();
return 0;

static void ConfigureJson(JsonSerializerOptions json)
{
    // A misspelt field would otherwise be dropped silently and the write would lose data.
    json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    json.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
    // The web defaults also read "12" as a number, and the document then types every number as
    // integer-or-string; a number is a JSON number, as the document says.
    json.NumberHandling = JsonNumberHandling.Strict;
}
