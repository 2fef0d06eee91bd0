namespace Taxonomy.Api.OpenApi;

/// <summary>
/// The OpenAPI summary of an action the generator finds no XML comment for: those of generic
/// base controllers whose parameters are type parameters, which it cannot match to their comments.
/// The text may use the words <see cref="ResourceDocumentationTransformer"/> fills in ({kind}, ...).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OperationSummaryAttribute(string summary) : Attribute
{
    public string Summary { get; } = summary;
}
