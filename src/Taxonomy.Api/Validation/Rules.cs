using FluentValidation;
using Taxonomy.Api.Search;

namespace Taxonomy.Api.Validation;

/// <summary>The format rules that requests share; id shapes come from <see cref="DisarmIds"/>.</summary>
internal static class Rules
{
    public const string RouteIdKey = "routeId";

    /// <summary>The DISARM type of the resource a request is sent to, for requests that several resources share.</summary>
    public const string ResourceTypeKey = "resourceType";
    public const int MaxNameLength = 500;
    public const int MaxTextLength = 100_000;
    public const int MaxListLength = 1_000;

    /// <summary>
    /// The id of the object a request creates or replaces. Creating needs it; replacing takes it from
    /// the URL, and an id in the body must then be the same one.
    /// </summary>
    public static void ObjectId<T>(this IRuleBuilder<T, string?> rule, DisarmIdFormat format) =>
        rule.Custom((id, context) => CheckObjectId(id, format, context));

    /// <summary>
    /// <see cref="ObjectId{T}"/> for a request several resources share: the id has the shape of the
    /// ids of the resource the request is sent to, which the validation filter names.
    /// </summary>
    public static void ObjectIdOfResource<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((id, context) => CheckObjectId(
            id,
            context.RootContextData.TryGetValue(ResourceTypeKey, out var type) && type is DisarmType { Ids: { } format }
                ? format
                : throw new InvalidOperationException("The request is validated outside a resource's action."),
            context));

    /// <summary>The effective id of the object a request is about: the body's, or else the URL's.</summary>
    public static string? EffectiveId<T>(T request, ValidationContext<T> context, Func<T, string?> bodyId) =>
        bodyId(request) ?? (context.RootContextData.TryGetValue(RouteIdKey, out var routeId) ? (string)routeId : null);

    private static void CheckObjectId<T>(string? id, DisarmIdFormat format, ValidationContext<T> context)
    {
        if (context.RootContextData.TryGetValue(RouteIdKey, out var routeId))
        {
            if (id is not null && DisarmIds.Normalize(id) != DisarmIds.Normalize((string)routeId))
            {
                context.AddFailure($"The id in the body, '{id}', is not the id in the URL, '{routeId}'; leave it out or make them the same.");
            }
        }
        else if (string.IsNullOrWhiteSpace(id))
        {
            context.AddFailure($"An id is required: {format.Describe()}.");
        }
        else if (!format.IsValid(DisarmIds.Normalize(id)))
        {
            context.AddFailure($"'{id}' is not {format.Describe()}.");
        }
    }

    public static IRuleBuilderOptions<T, string?> IdOf<T>(this IRuleBuilder<T, string?> rule, DisarmIdFormat format) =>
        rule.Must(id => id is null || format.IsValid(DisarmIds.Normalize(id)))
            .WithMessage((_, id) => $"'{id}' is not {format.Describe()}.");

    public static void IdsOf<T>(this IRuleBuilder<T, IReadOnlyList<string?>?> rule, DisarmIdFormat format) =>
        rule.Custom((ids, context) =>
        {
            if (ids is null)
            {
                return;
            }

            if (ids.Count > MaxListLength)
            {
                context.AddFailure($"At most {MaxListLength} ids.");
            }

            for (var i = 0; i < ids.Count; i++)
            {
                if (ids[i] is null || !format.IsValid(DisarmIds.Normalize(ids[i]!)))
                {
                    context.AddFailure($"{context.PropertyPath}[{i}]", $"'{ids[i]}' is not {format.Describe()}.");
                }
            }
        });

    /// <summary>A query in the language of <see cref="SearchSyntax"/> that costs at most <paramref name="maxCost"/>; null passes.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> SearchExpression<T>(this IRuleBuilder<T, string?> rule, int maxCost) =>
        rule.MaximumLength(SearchSyntax.MaxLength)
            .Custom((q, context) =>
            {
                if (q is not null && !SearchSyntax.TryParse(q, maxCost, out _, out var error))
                {
                    context.AddFailure(error);
                }
            });

    public static IRuleBuilderOptions<T, string?> Name<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("A name is required.").MaximumLength(MaxNameLength);

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(MaxTextLength);

    public static IRuleBuilderOptions<T, int?> Rank<T>(this IRuleBuilder<T, int?> rule) =>
        rule.NotNull().WithMessage("A rank is required.").GreaterThanOrEqualTo(1).LessThanOrEqualTo(1000);

    public static IRuleBuilderOptions<T, string?> Url<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(2048).Must(BeHttpUrl).WithMessage((_, url) => $"'{url}' is not an absolute http or https URL.");

    public static bool BeHttpUrl(string? url) =>
        url is null || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}
