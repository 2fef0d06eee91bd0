using System.Linq.Expressions;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.ResponseTypes;

/// <summary>How a counter responds: D01 Detect … D07 Exposure.</summary>
/// <param name="Id">The response type's DISARM id. <example>D02</example></param>
/// <param name="Name">The response type's name.</param>
/// <param name="Summary">What the response type is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
public sealed record ResponseTypeResponse(string Id, string Name, string? Summary, bool InLatestImport)
{
    public static readonly Expression<Func<ResponseType, ResponseTypeResponse>> Projection = s => new ResponseTypeResponse(s.Id, s.Name, s.Summary, s.InLatestImport);

    public static ResponseTypeResponse From(ResponseType responseType) => new(responseType.Id, responseType.Name, responseType.Summary, responseType.InLatestImport);
}
