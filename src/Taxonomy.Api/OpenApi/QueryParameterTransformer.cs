using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Taxonomy.Api.Disarm.Phases;
using Taxonomy.Api.Disarm.Tactics;
using Taxonomy.Api.Disarm.Techniques;
using Taxonomy.Api.History;
using Taxonomy.Api.Releases;
using Taxonomy.Api.Search;
using Taxonomy.Api.Stix;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Describes the query parameters whose names are not their C# names with their XML docs: those an
/// action binds from a record's properties ([FromQuery(Name = "")] PageQuery paging) and those
/// renamed by [FromQuery(Name = "added_after")]. The generator's XML comments miss them: it looks
/// a parameter up by its C# name ("PageSize"), and finds no "pageSize". So this reads them through
/// <see cref="XmlDocs"/>, and leaves the &lt;example&gt; to <see cref="RequestSchemaTransformer"/>.
/// It also gives the parameters whose values are closed their values.
/// </summary>
internal sealed class QueryParameterTransformer : IOpenApiOperationTransformer
{
    /// <summary>
    /// The query parameters that take one of a closed set of values, or a comma-separated list of
    /// them (List), with the values the validators check them against. Binding stays a string:
    /// the validators answer a value outside the set with a 400 that lists the set.
    /// </summary>
    private static readonly Dictionary<(Type Query, string Property), (IEnumerable<string> Values, bool List)> Closed = new()
    {
        [(typeof(PhaseListQuery), nameof(PhaseListQuery.Sort))] = ([RankOrder.Id, RankOrder.Rank], false),
        [(typeof(TacticListQuery), nameof(TacticListQuery.Sort))] = ([RankOrder.Id, RankOrder.Rank], false),
        [(typeof(TechniqueQuery), nameof(TechniqueQuery.Include))] = ([.. TechniqueQuery.Relations, "all"], true),
        [(typeof(SearchQuery), nameof(SearchQuery.Types))] = (SearchIndex.Types, true),
        [(typeof(ChangeQuery), nameof(ChangeQuery.Types))] = (DisarmTypes.All.Select(type => type.Resource), true),
        [(typeof(ReleaseDiffQuery), nameof(ReleaseDiffQuery.Types))] = (DisarmTypes.All.Select(type => type.Resource), true),
        [(typeof(StixBundleQuery), nameof(StixBundleQuery.Types))] = (StixMapping.AllTypes, true),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var description in context.Description.ParameterDescriptions.Where(d => d.Source == BindingSource.Query))
        {
            (string? Member, string? Name) documented = description switch
            {
                { ModelMetadata: { MetadataKind: ModelMetadataKind.Property, ContainerType: { } record, PropertyName: { } property } } => ("T:" + record.FullName, property),
                { ParameterDescriptor: ControllerParameterDescriptor { ParameterInfo: { Member: { } method, Name: { } name } } } => ($"M:{method.DeclaringType!.FullName}.{method.Name}", name),
                _ => (null, null),
            };
            if (operation.Parameters?.OfType<OpenApiParameter>().SingleOrDefault(p => p.Name == description.Name) is not { } parameter)
            {
                continue;
            }

            parameter.Description ??= documented is (string member, string documentedName) ? XmlDocs.Param(member, documentedName) : null;

            if (description.ModelMetadata is { ContainerType: { } query, PropertyName: { } queryProperty } && Closed.TryGetValue((query, queryProperty), out var closed))
            {
                // The title names the set for client generators that make a type of it (NSwag's C#
                // would otherwise number them Anonymous, Anonymous2, ... in the document's order).
                var values = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Title = query.Name.Replace("Query", "", StringComparison.Ordinal) + queryProperty,
                    Enum = [.. closed.Values.Select(value => JsonValue.Create(value)!)],
                };
                // A comma-separated list is OpenAPI's array in style form, not exploded: types=techniques,counters.
                parameter.Schema = closed.List ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = values } : values;
                (parameter.Style, parameter.Explode) = closed.List ? (ParameterStyle.Form, false) : (parameter.Style, parameter.Explode);
            }
        }

        return Task.CompletedTask;
    }
}
