using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// The console, written as nginx writes its access log: lines gathered in memory and written together by one
/// thread of its own, at most a flush interval apart. Logging a line is one enqueue, with no lock and no wake-up
/// (why: docs/performance.md). Past <c>queueLimit</c> waiting lines, new ones are dropped and counted instead.
/// </summary>
internal sealed class BufferedConsoleSink : ILogEventSink, IDisposable
{
    private readonly ConcurrentQueue<LogEvent> _waiting = new();
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _console;
    private readonly TimeSpan _flushInterval;
    private readonly int _queueLimit;
    private readonly ManualResetEventSlim _stopping = new();
    private readonly Thread _writer;
    private int _waitingCount;
    private int _dropped;

    public BufferedConsoleSink(ITextFormatter formatter, TextWriter console, TimeSpan flushInterval, int queueLimit)
    {
        _formatter = formatter;
        _console = console;
        _flushInterval = flushInterval;
        _queueLimit = queueLimit;
        _writer = new Thread(WriteUntilStopped) { IsBackground = true, Name = "Console log writer" };
        _writer.Start();
    }

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref _waitingCount) > _queueLimit)
        {
            Interlocked.Decrement(ref _waitingCount);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _waiting.Enqueue(logEvent);
    }

    /// <summary>Writes what is waiting and stops: the host disposes the logger as the site shuts down.</summary>
    public void Dispose()
    {
        _stopping.Set();
        _writer.Join();
        _stopping.Dispose();
    }

    private void WriteUntilStopped()
    {
        while (!_stopping.Wait(_flushInterval))
        {
            WriteWaiting();
        }
        WriteWaiting();
    }

    private void WriteWaiting()
    {
        try
        {
            using var lines = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            while (_waiting.TryDequeue(out var logEvent))
            {
                Interlocked.Decrement(ref _waitingCount);
                _formatter.Format(logEvent, lines);
            }
            var dropped = Interlocked.Exchange(ref _dropped, 0);
            if (dropped > 0)
            {
                lines.WriteLine($"[{DateTimeOffset.Now:HH:mm:ss} WRN] {dropped} log line(s) dropped: more than {_queueLimit} were waiting to be written");
            }
            if (lines.GetStringBuilder().Length > 0)
            {
                _console.Write(lines.ToString());
                _console.Flush();
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // A closed or full console must not take the writer, and with it every later line, down.
            Serilog.Debugging.SelfLog.WriteLine("The console could not be written: {0}", ex.Message);
        }
    }
}

/// <summary><c>"WriteTo": [{ "Name": "BufferedConsole", "Args": { "outputTemplate": "…" } }]</c> in appsettings.json.</summary>
public static class BufferedConsoleConfiguration
{
    /// <param name="sinks">Serilog's sink configuration.</param>
    /// <param name="outputTemplate">How each line looks, as for Serilog's console sink.</param>
    /// <param name="flushSeconds">The longest a line waits before it is written.</param>
    /// <param name="queueLimit">Lines waiting past this are dropped (and counted) rather than held in memory.</param>
    public static LoggerConfiguration BufferedConsole(
        this LoggerSinkConfiguration sinks,
        string outputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}",
        double flushSeconds = 1,
        int queueLimit = 100_000) =>
        sinks.Sink(new BufferedConsoleSink(
            new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture),
            Console.Out,
            TimeSpan.FromSeconds(flushSeconds),
            queueLimit));
}
