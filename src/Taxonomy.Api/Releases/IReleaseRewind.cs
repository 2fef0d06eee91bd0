using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.Releases;

/// <summary>What a type's resource controller does to a copy of the database being turned back to a release (see <see cref="ReleaseCopies"/>).</summary>
internal interface IReleaseRewind
{
    /// <summary>
    /// Makes the type's objects in <paramref name="copy"/> what they were in the release: removes
    /// those the release did not hold and those changed since it (by API id), then adds back, as
    /// its version at the release shows it, each object the release held. The controller must have
    /// been made with <paramref name="copy"/> as its context.
    /// </summary>
    Task RewindAsync(TaxonomyDbContext copy, IReadOnlyCollection<string> changedSince, IReadOnlyList<ObjectVersion> asOfRelease, CancellationToken cancellationToken);
}
