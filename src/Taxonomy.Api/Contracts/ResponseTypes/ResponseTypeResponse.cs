using System.Linq.Expressions;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.ResponseTypes;

/// <summary>How a counter responds: D01 Detect … D07 Exposure.</summary>
/// <param name="Id">The response type's DISARM id. <example>D02</example></param>
/// <param name="Name">The response type's name.</param>
/// <param name="Summary">What the response type is.</param>
public sealed record ResponseTypeResponse(string Id, string Name, string? Summary)
{
    public static readonly Expression<Func<ResponseType, ResponseTypeResponse>> Projection = s => new ResponseTypeResponse(s.Id, s.Name, s.Summary);

    public static ResponseTypeResponse From(ResponseType responseType) => new(responseType.Id, responseType.Name, responseType.Summary);
}
