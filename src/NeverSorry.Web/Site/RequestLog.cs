using Serilog;
using Serilog.Events;

namespace NeverSorry.Web.Site;

/// <summary>
/// One line per request, as an operator reads traffic: <c>HTTP GET /press responded 200 in 0.4 ms</c>. Written
/// through the site's own logger (Serilog's middleware would use the static one, which the site keeps silent
/// so test hosts can run side by side), and outside the error pages, so a 404 is logged once, under the
/// address asked for, not again as <c>/error/404</c>.
/// </summary>
internal static class RequestLog
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.00} ms";

    public static IApplicationBuilder UseRequestLog(this WebApplication app) =>
        app.UseSerilogRequestLogging(log =>
        {
            log.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            log.MessageTemplate = MessageTemplate;
            // Traffic, whatever its status: a failure's one Error entry, with its exception, is ErrorController's.
            log.GetLevel = (_, _, _) => LogEventLevel.Information;
        });
}
