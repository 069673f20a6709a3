using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NeverSorry.Web.Site;

/// <summary>
/// The console, written as nginx writes its access log: lines gathered in memory and written together, at
/// most a second apart. Serilog's batching queues each event without waking a thread for it; the console
/// sink behind Serilog.Sinks.Async woke one per line and wrote each line alone, a quarter of the CPU of a
/// cached page under load (README.md, "Speed").
/// </summary>
internal sealed class BufferedConsoleSink(MessageTemplateTextFormatter formatter, TextWriter console) : IBatchedLogEventSink
{
    public Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        using var lines = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var logEvent in batch)
        {
            formatter.Format(logEvent, lines);
        }
        console.Write(lines.ToString());
        console.Flush();
        return Task.CompletedTask;
    }
}

/// <summary><c>"WriteTo": [{ "Name": "BufferedConsole", "Args": { "outputTemplate": "…" } }]</c> in appsettings.json.</summary>
public static class BufferedConsoleConfiguration
{
    /// <param name="outputTemplate">How each line looks, as for Serilog's console sink.</param>
    /// <param name="flushSeconds">The longest a line waits before it is written.</param>
    /// <param name="queueLimit">Lines waiting past this are dropped rather than held in memory.</param>
    public static LoggerConfiguration BufferedConsole(
        this LoggerSinkConfiguration sinks,
        string outputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
        double flushSeconds = 1,
        int queueLimit = 100_000) =>
        sinks.Sink(
            new BufferedConsoleSink(new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture), Console.Out),
            new BatchingOptions { BufferingTimeLimit = TimeSpan.FromSeconds(flushSeconds), BatchSizeLimit = 10_000, QueueLimit = queueLimit });
}
