using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

public class ContentLoaderManyProblems
{
    [Fact]
    public void AreAllReportedInOneException()
    {
        using var folder = TempContentFolder.CopyOfReal()
            .With(ContentFiles.TheatricalRun, ContentText.Run("""{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-07-20" }"""))
            .With(ContentFiles.Festivals, """{ "festivals": [ { "name": "Sundance Film Festival", "year": 1812 } ] }""")
            .With(ContentFiles.Synopsis, "")
            .With(ContentFiles.DirectorsStatement, "---\ntitle: [unclosed\n---\nText.\n");

        var exception = Assert.Throws<ContentException>(() => folder.Load());

        string[] broken = [ContentFiles.TheatricalRun, ContentFiles.Festivals, ContentFiles.Synopsis, ContentFiles.DirectorsStatement];
        Assert.Equal(broken.Select(folder.DisplayNameOf).Order(), exception.Problems.Select(p => p.File).Order());
        Assert.All(exception.Problems, p => Assert.Contains(p.ToString(), exception.Message, StringComparison.Ordinal));
    }
}
