using NeverSorry.Web.Commands;

namespace NeverSorry.Tests.Unit.Commands;

/// <summary><c>preview &lt;folder&gt; [server arguments]</c> is the server itself, started with the settings that serve the folder as a preview.</summary>
public sealed class PreviewArguments : IDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose()
    {
        _output.Dispose();
        _errors.Dispose();
    }

    [Fact]
    public void TheFolderAndThePreviewMarkComeFirstThenTheServersArgumentsAsTheyWere()
    {
        string[] args = ["preview", "/srv/drafts/../content-draft", "--urls", "http://localhost:5150", "--Kestrel:Limits:MaxConcurrentConnections=5", "stray"];

        Assert.Equal(
            ["--Content:Path=/srv/content-draft", "--Site:Preview=true", "--urls", "http://localhost:5150", "--Kestrel:Limits:MaxConcurrentConnections=5", "stray"],
            SiteCommands.ServerArguments(args));
        Assert.Null(SiteCommands.TryRun(args, _output, _errors));
        Assert.Empty(_errors.ToString());
    }

    [Theory]
    [InlineData("preview")]
    [InlineData("preview", "--urls", "http://localhost:5150", "/srv/content-draft")]
    public void WithoutAFolderFirstItSaysHowToCallItAndServesNothing(params string[] args)
    {
        Assert.Equal(args, SiteCommands.ServerArguments(args));

        var exitCode = SiteCommands.TryRun(args, _output, _errors);

        Assert.Equal(2, exitCode);
        Assert.Contains(
            "Usage: never-sorry preview <folder> [--urls http://localhost:5150]",
            _errors.ToString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void HelpIsHelpNotAServer()
    {
        string[] args = ["preview", "/srv/content-draft", "--help"];

        Assert.Equal(args, SiteCommands.ServerArguments(args));
        Assert.Equal(0, SiteCommands.TryRun(args, _output, _errors));
        Assert.Contains("Preview — not public", _output.ToString(), StringComparison.Ordinal);
    }
}
