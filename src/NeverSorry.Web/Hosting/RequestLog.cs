using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Serilog.Events;
using Serilog.Parsing;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// One line per request, as an operator reads traffic: <c>HTTP GET /press responded 200 in 0.4 ms</c>. First in the
/// pipeline, so a 404 is logged once under the address asked for. Hand-written because Serilog.AspNetCore's opens a
/// diagnostic context per request that the site never fills, a tenth of a cached page's work (docs/performance.md).
/// </summary>
internal sealed class RequestLog(RequestDelegate next, Serilog.ILogger logger)
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:F2} ms";

    private static readonly MessageTemplate s_template = new MessageTemplateParser().Parse(MessageTemplate);

    private readonly Serilog.ILogger _log = logger.ForContext<RequestLog>();

    public Task InvokeAsync(HttpContext context)
    {
        // Asked per request, so a level changed while the site runs takes effect at once.
        if (!_log.IsEnabled(LogEventLevel.Information))
        {
            return next(context);
        }

        var start = Stopwatch.GetTimestamp();
        Task answering;
        try
        {
            answering = next(context);
        }
        catch
        {
            Write(context, start, StatusCodes.Status500InternalServerError);
            throw;
        }
        if (answering.IsCompletedSuccessfully)
        {
            // A cached page is answered without waiting: no state machine for it.
            Write(context, start, context.Response.StatusCode);
            return Task.CompletedTask;
        }
        return WriteWhenAnsweredAsync(answering, context, start);
    }

    private async Task WriteWhenAnsweredAsync(Task answering, HttpContext context, long start)
    {
        try
        {
            await answering;
        }
        catch
        {
            // What failed is logged where it failed (ErrorController, or the server); this is the traffic line.
            Write(context, start, StatusCodes.Status500InternalServerError);
            throw;
        }
        Write(context, start, context.Response.StatusCode);
    }

    private void Write(HttpContext context, long start, int status)
    {
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        _log.Write(new LogEvent(
            DateTimeOffset.Now,
            LogEventLevel.Information,
            exception: null,
            s_template,
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(PathAsSent(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ]));
    }

    /// <summary>
    /// The path as the client wrote it, still percent-encoded, without its query: a decoded path could put a
    /// line break (<c>%0A</c>) into the log, and a query may carry what does not belong in it.
    /// </summary>
    private static string PathAsSent(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            return context.Request.Path.ToUriComponent();
        }
        var query = target.IndexOf('?', StringComparison.Ordinal);
        return query < 0 ? target : target[..query];
    }
}
