namespace Taxonomy.Api.Errors;

/// <summary>A write without If-Match where the configuration requires one (Taxonomy:RequireIfMatch): 428.</summary>
public sealed class PreconditionRequiredException()
    : Exception("This API requires If-Match on PUT, DELETE and restore: send the ETag of the version you read (GET the object for it).");
