using Microsoft.Extensions.Time.Testing;
using NeverSorry.Content.Model;

[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.ReReleaseBrowserSite))]
[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.OneDayBrowserSite))]
[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.ShowingAndComingBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>The 2012 run plus a two-week engagement in 2026, in Chromium: the timeline's widest spread.</summary>
public sealed class ReReleaseBrowserSite() : SpreadBrowserSite(ContentText.Run(
    """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
    """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""",
    """{ "theater": "Kendall Square Cinema", "start": "2012-08-03", "end": "2012-08-16" }""",
    """{ "theater": "IFC Center", "start": "2012-12-28", "end": "2013-01-10" }""",
    """{ "theater": "IFC Center", "start": "2026-12-04", "end": "2026-12-17" }"""));

/// <summary>One single-day screening, in Chromium: the timeline's narrowest spread.</summary>
public sealed class OneDayBrowserSite() : SpreadBrowserSite(ContentText.Run(
    """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-07-27" }"""));

/// <summary>The 2012 run, an engagement showing now and one coming, on <see cref="TimelineRuns.Today"/>, in Chromium.</summary>
public sealed class ShowingAndComingBrowserSite() : SpreadBrowserSite(TimelineRuns.ShowingAndComing, new FakeTimeProvider(TimelineRuns.Today));

/// <summary>The real content with another theatrical run (and, when given, a clock that stands still).</summary>
public abstract class SpreadBrowserSite : BrowserSite
{
    private readonly TempContentFolder _content;

    protected SpreadBrowserSite(string run, TimeProvider? clock = null)
        : this(TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, run), clock)
    {
    }

    private SpreadBrowserSite(TempContentFolder content, TimeProvider? clock)
        : base(content.Path, baseUrl: null, clock) => _content = content;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
        GC.SuppressFinalize(this);
    }
}
