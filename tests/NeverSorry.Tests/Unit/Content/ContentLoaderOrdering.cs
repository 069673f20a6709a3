using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

public class ContentLoaderOrdering
{
    [Fact]
    public void SortsEngagementsByOpeningDayKeepingTheFileOrderOfTies()
    {
        using var folder = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-12-28", "end": "2013-01-10" }""",
            """{ "theater": "Town Center 5", "start": "2012-08-03", "end": "2012-08-09" }""",
            """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""",
            """{ "theater": "Playhouse 7", "start": "2012-08-03", "end": "2012-08-23" }""",
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }"""));

        var snapshot = folder.Load();

        Assert.Equal(
            [("Lincoln Plaza", 21), ("IFC Center", 105), ("Town Center 5", 7), ("Playhouse 7", 21), ("IFC Center", 14)],
            snapshot.Engagements.Select(e => (e.Theater, e.Days)));
    }
}
