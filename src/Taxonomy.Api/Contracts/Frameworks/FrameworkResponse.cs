using System.Linq.Expressions;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Frameworks;

/// <summary>A DISARM framework: FW01 Red (incident creation), FW02 Blue (counters), FW03 Green.</summary>
/// <param name="Id">The framework's DISARM id. <example>FW01</example></param>
/// <param name="Name">The framework's name.</param>
/// <param name="Summary">What the framework is.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this object: false for objects created only through the API and for those a newer DISARM release dropped.</param>
public sealed record FrameworkResponse(string Id, string Name, string? Summary, bool InLatestImport)
{
    public static readonly Expression<Func<Framework, FrameworkResponse>> Projection = s => new FrameworkResponse(s.Id, s.Name, s.Summary, s.InLatestImport);

    public static FrameworkResponse From(Framework framework) => new(framework.Id, framework.Name, framework.Summary, framework.InLatestImport);
}
