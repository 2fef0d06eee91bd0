using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Taxonomy.Api.Conventions;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Leaves text/plain out of the media types a success is documented in where the route does not
/// answer in it: MVC lists every output formatter that could write the result, its plain-text
/// one among them, while <see cref="AcceptFilter"/> answers 406 to a read that asks for text/plain.
/// </summary>
/// <remarks>
/// The DISARM page a GET of one object serves for Accept: text/markdown (and the STIX bundle for
/// STIX's media type) stays in the operation's summary rather than in its content: documented as
/// a second content of the same 200, NSwag's C# client (14.7) returns a string from the operation
/// and openapi-fetch's result becomes a union its users must narrow. The pages have routes of
/// their own (/generated_pages), documented in text/markdown.
/// </remarks>
internal sealed class ServedMediaTypesTransformer : IOpenApiOperationTransformer
{
    private const string PlainText = "text/plain";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var served = context.Description.ActionDescriptor.FilterDescriptors.Select(descriptor => descriptor.Filter).OfType<AcceptFilter>().FirstOrDefault()?.Served ?? [];
        if (served.Contains(PlainText, StringComparer.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;
        }

        foreach (var success in (operation.Responses ?? []).Where(response => response.Key.StartsWith('2')).Select(response => response.Value).OfType<OpenApiResponse>())
        {
            success.Content?.Remove(PlainText);
        }

        return Task.CompletedTask;
    }
}
