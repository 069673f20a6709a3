using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// A Serilog sink that keeps what the site logs, as an operator would read it on the console. The site
/// reads sinks from its services, so a test registers one with <c>AddSingleton&lt;ILogEventSink&gt;</c>.
/// </summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly MessageTemplateTextFormatter _formatter = new("{Message:lj}", System.Globalization.CultureInfo.InvariantCulture);
    private readonly ConcurrentQueue<(LogEventLevel Level, string Message)> _events = new();

    public IReadOnlyList<(LogEventLevel Level, string Message)> Events => [.. _events];

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        _events.Enqueue((logEvent.Level, writer.ToString()));
    }
}
