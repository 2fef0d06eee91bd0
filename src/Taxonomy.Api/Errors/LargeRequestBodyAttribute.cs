namespace Taxonomy.Api.Errors;

/// <summary>
/// Marks an endpoint that takes files, whose bodies may be up to <c>Taxonomy:MaxImportBytes</c>
/// rather than the <c>Taxonomy:MaxRequestBodyBytes</c> every other endpoint allows.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LargeRequestBodyAttribute : Attribute
{
    public const string Setting = "Taxonomy:MaxImportBytes";

    /// <summary>25 MiB: ten times DISARM's two workbooks, and below Kestrel's own default limit.</summary>
    public const long DefaultLimit = 25 * 1024 * 1024;
}
