namespace Taxonomy.Api.Errors;

/// <summary>A write whose precondition (If-Match, If-None-Match) does not hold: 412, naming the object's current version.</summary>
public sealed class PreconditionFailedException(string message, int? currentVersion) : Exception(message)
{
    public int? CurrentVersion { get; } = currentVersion;
}
