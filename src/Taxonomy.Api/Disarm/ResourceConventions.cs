using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Taxonomy.Api.Conventions;
using Taxonomy.Api.History;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Security;
using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Disarm;

/// <summary>
/// The rules every controller follows, applied once here instead of as attributes on each action:
/// <list type="bullet">
/// <item>a controller of a DISARM type is routed at <c>api/v1/{resource}</c> and tagged with it,
/// and its GET of one object serves DISARM's page of it on request (Accept: text/markdown), and
/// the object in STIX (Accept: application/stix+json);</item>
/// <item>POST, PUT and DELETE need an editor's key (or an admin's);</item>
/// <item>each action documents the statuses of its verb: 201 for POST, 204 for DELETE, and the
/// problems each verb can answer, and those of the limits it meets.</item>
/// </list>
/// An action that declares its problem responses itself keeps its own. A model provider rather
/// than a convention, because [ApiController] checks every action's route before conventions run.
/// </summary>
internal sealed class ResourceConventions : IApplicationModelProvider
{
    private static readonly int[] WriteProblems = [400, 401, 404, 409, 412, 413, 415, 422, 428];
    private static readonly int[] CreateProblems = [400, 401, 409, 412, 413, 415, 422];
    private static readonly int[] DeleteProblems = [401, 404, 409, 412, 428];

    /// <summary>After MVC's own provider has built the model, before [ApiController]'s checks it.</summary>
    public int Order => -1000 + 50;

    public void OnProvidersExecuted(ApplicationModelProviderContext context)
    {
    }

    public void OnProvidersExecuting(ApplicationModelProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // TAXII is a protocol of its own, public, with its own errors and documentation (Taxii/).
        foreach (var controller in context.Result.Controllers.Where(controller => controller.ControllerType != typeof(Taxii.TaxiiController)))
        {
            var type = TypeOf(controller.ControllerType);
            if (type is not null)
            {
                Route(controller, type);
            }

            foreach (var action in controller.Actions)
            {
                ApplyVerbRules(action);
                ApplyLimitRules(action);
                ApplyAcceptRules(action);
            }
        }
    }

    /// <summary>
    /// The DISARM type a controller serves: the T of a <see cref="ResourceController{T, TRequest, TResponse}"/>, or of
    /// [ResourceOf&lt;T&gt;] on a controller that adds routes to another's resource; null for the
    /// others (search, pages, imports).
    /// </summary>
    public static DisarmType? TypeOf(Type controller)
    {
        ArgumentNullException.ThrowIfNull(controller);
        var entity = controller.GetCustomAttributes().OfType<IResourceOf>().SingleOrDefault()?.Entity;
        for (var type = controller; entity is null && type is not null; type = type.BaseType)
        {
            entity = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ResourceController<,,>) ? type.GetGenericArguments()[0] : null;
        }

        return entity is null ? null : DisarmTypes.Of(entity) ?? throw new InvalidOperationException($"{entity.Name} is not a DISARM type.");
    }

    /// <summary>"actor-types", "response type" → "ActorTypes", "ResponseType": a resource or kind as a .NET name.</summary>
    public static string Pascal(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return string.Concat(words.Split(' ', '-').Select(word => char.ToUpperInvariant(word[0]) + word[1..]));
    }

    private static void Route(ControllerModel controller, DisarmType type)
    {
        controller.ControllerName = Pascal(type.Resource);
        foreach (var selector in controller.Selectors)
        {
            selector.AttributeRouteModel = new AttributeRouteModel(new RouteAttribute($"api/v1/{type.Resource}"));
        }

        foreach (var action in controller.Actions)
        {
            action.Properties[typeof(DisarmType)] = type;
            if (Method(action) is "POST" or "PUT" or "DELETE")
            {
                action.Filters.Add(new WriteTransactionFilter());
            }

            if (Method(action) == "GET" && Template(action) == "{id}")
            {
                action.Filters.Add(new VersionETagFilter());
                if (type.PageFolder is not null)
                {
                    action.Filters.Add(new MarkdownPageAttribute(type));
                }

                if (StixMapping.TypesOf[type.Resource].Length > 0)
                {
                    action.Filters.Add(new StixObjectFilter(type));
                }
            }
        }
    }

    private static void ApplyVerbRules(ActionModel action)
    {
        var method = Method(action);
        if (method is "POST" or "PUT" or "DELETE" && !action.Attributes.OfType<IAllowAnonymous>().Any())
        {
            foreach (var selector in action.Selectors)
            {
                selector.EndpointMetadata.Add(new AuthorizeAttribute(Roles.Editor));
            }
        }

        if (action.Attributes.OfType<ProducesResponseTypeAttribute>().Any(produces => produces.StatusCode is >= 200 and < 300))
        {
            // The action documents its own success, such as a page's text/markdown.
        }
        else if (method == "POST" && ResultType(action) is { } created)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(created, StatusCodes.Status201Created));
        }
        else if (method == "DELETE")
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(StatusCodes.Status204NoContent));
        }
        else if (ResultType(action) is { } result)
        {
            action.Filters.Add(new ProducesResponseTypeAttribute(result, StatusCodes.Status200OK));
        }

        if (action.Attributes.OfType<ProblemResponsesAttribute>().Any())
        {
            return;
        }

        var problems = method switch
        {
            "POST" => CreateProblems,
            "PUT" => WriteProblems,
            "DELETE" => DeleteProblems,
            _ => ReadProblems(action),
        };
        new ProblemResponsesAttribute(problems).Apply(action);
    }

    /// <summary>
    /// The problems the limits (Limits/) answer with: 429 for a client past its rate of wrong keys
    /// (any action that takes a key) or of expensive reads, 503 when every render slot and every
    /// place in the queue for one is taken.
    /// </summary>
    private static void ApplyLimitRules(ActionModel action)
    {
        var takesKey = action.Selectors.SelectMany(selector => selector.EndpointMetadata).Concat(action.Attributes).Concat(action.Controller.Attributes).OfType<IAuthorizeData>().Any();
        var expensive = action.Attributes.Concat(action.Controller.Attributes).OfType<EnableRateLimitingAttribute>().Any(limit => limit.PolicyName == ExpensiveReads.Policy);
        int[] statuses = [.. takesKey || expensive ? [StatusCodes.Status429TooManyRequests] : Array.Empty<int>(), .. expensive ? [StatusCodes.Status503ServiceUnavailable] : Array.Empty<int>()];
        new ProblemResponsesAttribute(statuses).Apply(action);
    }

    /// <summary>
    /// A read answers 406 when Accept allows none of the media types it answers in (<see cref="AcceptFilter"/>):
    /// those its 200s are documented with, and the page and STIX the filters added in <see cref="Route"/> serve.
    /// </summary>
    private static void ApplyAcceptRules(ActionModel action)
    {
        if (Method(action) != "GET")
        {
            return;
        }

        var served = new List<string>();
        foreach (var produces in action.Attributes.Concat(action.Filters).OfType<IApiResponseMetadataProvider>().Where(produces => produces.StatusCode is >= 200 and < 300).Distinct())
        {
            var types = new MediaTypeCollection();
            produces.SetContentTypes(types);
            served.AddRange(types.Count > 0 ? types : [AcceptFilter.Json]);
        }

        if (served.Count == 0)
        {
            served.Add(AcceptFilter.Json);
        }

        if (action.Filters.OfType<MarkdownPageAttribute>().Any())
        {
            served.Add("text/markdown");
        }

        if (action.Filters.OfType<StixObjectFilter>().Any())
        {
            served.Add(StixBundle.MediaType);
        }

        action.Filters.Add(new AcceptFilter(served.Distinct(StringComparer.OrdinalIgnoreCase).ToList()));
        new ProblemResponsesAttribute(StatusCodes.Status406NotAcceptable).Apply(action);
    }

    /// <summary>
    /// A read answers 400 when it takes query parameters, which can be malformed, and 404 when its
    /// route names an object or a query parameter does (a filter such as tacticId).
    /// </summary>
    private static int[] ReadProblems(ActionModel action)
    {
        var query = action.Parameters.Where(p => p.BindingInfo?.BindingSource == BindingSource.Query).ToList();
        var namesObjects = Template(action).Contains('{', StringComparison.Ordinal)
            || query.Any(p => p.ParameterType.GetProperties().Any(property => property.Name.EndsWith("Id", StringComparison.Ordinal)));
        return [.. query.Count > 0 ? [StatusCodes.Status400BadRequest] : Array.Empty<int>(), .. namesObjects ? [StatusCodes.Status404NotFound] : Array.Empty<int>()];
    }

    /// <summary>The T of an action returning T or ActionResult&lt;T&gt; (or a task of either); null for one returning an IActionResult.</summary>
    private static Type? ResultType(ActionModel action)
    {
        var returns = action.ActionMethod.ReturnType;
        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(Task<>))
        {
            returns = returns.GetGenericArguments()[0];
        }

        if (returns.IsGenericType && returns.GetGenericTypeDefinition() == typeof(ActionResult<>))
        {
            return returns.GetGenericArguments()[0];
        }

        return returns == typeof(Task) || returns == typeof(void) || typeof(IActionResult).IsAssignableFrom(returns) ? null : returns;
    }

    private static string Method(ActionModel action) =>
        action.Attributes.OfType<IActionHttpMethodProvider>().SelectMany(provider => provider.HttpMethods).FirstOrDefault() ?? "GET";

    private static string Template(ActionModel action) =>
        action.Selectors.Select(selector => selector.AttributeRouteModel?.Template).OfType<string>().FirstOrDefault() ?? "";
}
