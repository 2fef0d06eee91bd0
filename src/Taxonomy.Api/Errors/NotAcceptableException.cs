namespace Taxonomy.Api.Errors;

/// <summary>The request's Accept header allows none of the media types its route answers in.</summary>
public sealed class NotAcceptableException(IReadOnlyList<string> served)
    : Exception($"This route answers {string.Join(", ", served)}; the Accept header allows none of them. Send one of them in Accept, or */*, or no Accept at all.")
{
    public IReadOnlyList<string> Served { get; } = served;
}
