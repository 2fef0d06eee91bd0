namespace Taxonomy.Api.OpenApi;

/// <summary>
/// The OpenAPI document and Swagger UI. The document describes public routes only and is what
/// integrators generate clients from, so it is served everywhere unless turned off. Swagger UI is
/// a browser application that holds a write key, so outside Development it is served only when a
/// deployment asks for it, and only Development keeps the key in the browser across visits.
/// The document is generated once per process (<see cref="GeneratedOnce"/>).
/// </summary>
internal static class ApiDocumentation
{
    public const string DocumentPath = "/openapi/v1.json";

    public const string SwaggerUiPath = "/swagger";

    public static void MapApiDocumentation(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TaxonomyOptions.Section).Get<TaxonomyOptions>() ?? new TaxonomyOptions();
        var development = app.Environment.IsDevelopment();
        var swaggerUi = options.SwaggerUi ?? development;
        if (swaggerUi && !options.OpenApiDocument)
        {
            throw new InvalidOperationException($"{TaxonomyOptions.Section}:SwaggerUi is on but {TaxonomyOptions.Section}:OpenApiDocument is off, and Swagger UI shows that document. Turn both on, or Swagger UI off.");
        }

        if (options.OpenApiDocument)
        {
            app.MapOpenApi().AddEndpointFilter(new GeneratedOnce().ServeAsync);
        }

        if (swaggerUi)
        {
            app.UseSwaggerUI(ui =>
            {
                ui.SwaggerEndpoint(DocumentPath, "DISARM Taxonomy API v1");
                ui.RoutePrefix = SwaggerUiPath.TrimStart('/');
                if (development)
                {
                    ui.EnablePersistAuthorization();
                }
            });
            app.MapGet("/", () => Results.Redirect(SwaggerUiPath)).ExcludeFromDescription();
        }
    }
}
