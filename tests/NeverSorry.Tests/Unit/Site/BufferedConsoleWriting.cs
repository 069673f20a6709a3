using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Hosting;
using Serilog.Events;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace NeverSorry.Tests.Unit.Site;

/// <summary>The console log as an operator reads it: every line, in order, shortly after; a flood is cut, and says so.</summary>
public class BufferedConsoleWriting
{
    private static readonly MessageTemplateTextFormatter s_format = new("{Message:lj}{NewLine}", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task WritesEachLineWithinTheFlushInterval()
    {
        var console = new StringWriter();
        using var sink = new BufferedConsoleSink(s_format, TextWriter.Synchronized(console), TimeSpan.FromMilliseconds(50), queueLimit: 100);

        sink.Emit(Line(1));
        sink.Emit(Line(2));

        var written = await Eventually.AnswerAsync(() => Task.FromResult(Read(console)), text => text.Contains("line 2", StringComparison.Ordinal));
        Assert.Equal(["line 1", "line 2"], Lines(written));
    }

    [Fact]
    public void WritesWhatIsWaitingWhenTheSiteStops()
    {
        var console = new StringWriter();
        var sink = new BufferedConsoleSink(s_format, TextWriter.Synchronized(console), TimeSpan.FromHours(1), queueLimit: 100);
        for (var i = 1; i <= 3; i++)
        {
            sink.Emit(Line(i));
        }

        sink.Dispose();

        Assert.Equal(["line 1", "line 2", "line 3"], Lines(Read(console)));
    }

    [Fact]
    public void DropsLinesPastTheLimitAndCountsThem()
    {
        var console = new StringWriter();
        var sink = new BufferedConsoleSink(s_format, TextWriter.Synchronized(console), TimeSpan.FromHours(1), queueLimit: 2);
        for (var i = 1; i <= 5; i++)
        {
            sink.Emit(Line(i));
        }

        sink.Dispose();

        var lines = Lines(Read(console));
        Assert.Equal(["line 1", "line 2"], lines[..2]);
        Assert.Contains("3 log line(s) dropped", Assert.Single(lines[2..]), StringComparison.Ordinal);
    }

    private static LogEvent Line(int number) => new(
        DateTimeOffset.Now, LogEventLevel.Information, null, new MessageTemplateParser().Parse("line {Number}"),
        [new LogEventProperty("Number", new ScalarValue(number))]);

    private static string Read(StringWriter console)
    {
        lock (console)
        {
            return console.ToString();
        }
    }

    private static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
