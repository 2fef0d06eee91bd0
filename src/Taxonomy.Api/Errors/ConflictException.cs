namespace Taxonomy.Api.Errors;

/// <summary>
/// The write clashes with what is stored: the id is taken, or others still reference the object.
/// Answered with 409; <see cref="ReferencedBy"/> names the referrers by resource.
/// </summary>
public sealed class ConflictException : Exception
{
    public ConflictException(string message, IReadOnlyDictionary<string, IReadOnlyList<string>>? referencedBy = null)
        : base(message) => ReferencedBy = referencedBy;

    public ConflictException()
    {
    }

    public ConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IReadOnlyDictionary<string, IReadOnlyList<string>>? ReferencedBy { get; }
}
