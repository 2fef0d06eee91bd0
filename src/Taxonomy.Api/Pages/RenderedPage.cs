using System.Buffers;
using System.Text;

namespace Taxonomy.Api.Pages;

/// <summary>
/// A page ready to be sent as Markdown. An object page is held as UTF-8 in a buffer rented from
/// the shared pool, encoded straight from the builder its thread keeps (see <see cref="PageText"/>)
/// and given back once sent, so that a page rendered uncached makes no text only to throw it
/// away. A top-level page, which at 100 times DISARM's size runs to megabytes, is held as its text.
/// </summary>
public sealed class RenderedPage : IActionResult
{
    private readonly string? _text;
    private byte[]? _utf8;
    private readonly int _length;

    public RenderedPage(string text) => _text = text;

    /// <summary>The page in <paramref name="page"/>, which may be used for another page as soon as this returns.</summary>
    public RenderedPage(StringBuilder page)
    {
        ArgumentNullException.ThrowIfNull(page);
        _utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(page.Length));
        var encoder = Encoding.UTF8.GetEncoder();
        foreach (var chunk in page.GetChunks())
        {
            _length += encoder.GetBytes(chunk.Span, _utf8.AsSpan(_length), flush: false);
        }

        _length += encoder.GetBytes([], _utf8.AsSpan(_length), flush: true);
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = PagesController.Markdown;
        // Declared, as for any answer made whole: one too long to be held (see AnswerBuffer) is
        // still sent with its length.
        if (_text is not null)
        {
            response.ContentLength = Encoding.UTF8.GetByteCount(_text);
            await response.WriteAsync(_text, context.HttpContext.RequestAborted);
            return;
        }

        var utf8 = _utf8 ?? throw new InvalidOperationException("The page was sent already.");
        _utf8 = null;
        response.ContentLength = _length;
        try
        {
            await response.Body.WriteAsync(utf8.AsMemory(0, _length), context.HttpContext.RequestAborted);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }
}
