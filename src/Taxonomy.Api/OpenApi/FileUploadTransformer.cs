using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Writes an uploaded file's schema ({type: string, format: binary}) inline in each form that
/// takes one, instead of as a reference to a component named after ASP.NET's IFormFile. The two
/// say the same, but NSwag's C# client (14.7) declares its FileParameter type only for a binary
/// field written inline, so with the reference the client it generates does not compile.
/// </summary>
internal sealed class FileUploadTransformer : IOpenApiDocumentTransformer
{
    private const string FileSchemaId = "IFormFile";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var forms = document.Paths.Values.SelectMany(path => path.Operations ?? [])
            .SelectMany(operation => operation.Value.RequestBody?.Content?.Values ?? Enumerable.Empty<OpenApiMediaType>())
            .Select(media => media.Schema).OfType<OpenApiSchema>();
        foreach (var form in forms)
        {
            foreach (var field in form.Properties?.ToList() ?? [])
            {
                if (field.Value is OpenApiSchemaReference { Reference.Id: FileSchemaId })
                {
                    form.Properties![field.Key] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }

        document.Components?.Schemas?.Remove(FileSchemaId);
        return Task.CompletedTask;
    }
}
