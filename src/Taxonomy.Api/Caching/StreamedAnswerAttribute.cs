namespace Taxonomy.Api.Caching;

/// <summary>
/// Marks a read whose answer can be of any size and is written as it is read: the response cache
/// gives it its ETag and answers If-None-Match, but neither buffers nor keeps it, which would hold
/// the whole answer in memory.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StreamedAnswerAttribute : Attribute;
