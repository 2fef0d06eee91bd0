using Microsoft.AspNetCore.Http.Features;

namespace Taxonomy.Api.Errors;

/// <summary>
/// Refuses request bodies over <c>Taxonomy:MaxRequestBodyBytes</c> (or <c>Taxonomy:MaxImportBytes</c>
/// on endpoints marked <see cref="LargeRequestBodyAttribute"/>) with 413, whether the client
/// declared the length or streamed the body. Kestrel has a limit of its own, but enforcing it here
/// gives one behaviour under every server, the test host included.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const string Setting = "Taxonomy:MaxRequestBodyBytes";
    public const long DefaultLimit = 1024 * 1024;

    private readonly long _limit = configuration.GetValue(Setting, DefaultLimit);
    private readonly long _importLimit = configuration.GetValue(LargeRequestBodyAttribute.Setting, LargeRequestBodyAttribute.DefaultLimit);

    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<LargeRequestBodyAttribute>() is null ? _limit : _importLimit;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            // Kestrel would otherwise apply its own 30 MB default to a larger configured limit.
            serverLimit.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            throw TooLarge(limit);
        }

        if (context.Request.ContentLength is null && context.Request.Body != Stream.Null)
        {
            context.Request.Body = new LimitedStream(context.Request.Body, limit, () => TooLarge(limit));
        }

        return next(context);
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is larger than the limit of {limit} bytes.", StatusCodes.Status413PayloadTooLarge);

    private sealed class LimitedStream(Stream inner, long limit, Func<Exception> tooLarge) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _read;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Count(int read)
        {
            _read += read;
            return _read > limit ? throw tooLarge() : read;
        }
    }
}
