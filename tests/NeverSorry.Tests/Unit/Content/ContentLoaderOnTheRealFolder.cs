using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Content;

public class ContentLoaderOnTheRealFolder
{
    private static readonly DateTimeOffset s_now = new(2012, 7, 27, 9, 0, 0, TimeSpan.Zero);

    private readonly ContentSnapshot _snapshot = new ContentLoader(new FixedClock(s_now)).Load(new ContentFolder(RepositoryPaths.Content));

    [Fact]
    public void ReadsTheFilm()
    {
        var film = _snapshot.Film;

        Assert.Equal("Ai Weiwei: Never Sorry", film.Title);
        Assert.Equal(2012, film.Year);
        Assert.Equal("Biographical Documentary", film.Genre);
        Assert.Equal("R for some language", film.Rating.Display);
        Assert.Equal("Sundance Selects", film.Distributor);
        Assert.Equal("Alison Klayman", film.Director);
        Assert.Equal(new DateOnly(2012, 7, 27), film.Release.Opening);
        Assert.Equal("Limited", film.Release.Type);
    }

    [Fact]
    public void ReadsTheTenFestivalsOf2012()
    {
        Assert.Equal(10, _snapshot.Festivals.Count);
        Assert.All(_snapshot.Festivals, f => Assert.Equal(2012, f.Year));
    }

    [Fact]
    public void ReadsTheSevenEngagementsInOrderOfOpening()
    {
        Assert.Equal(
            ["IFC Center", "Lincoln Plaza", "Playhouse 7", "The Landmark", "Kendall Square Cinema", "Town Center 5", "IFC Center"],
            _snapshot.Engagements.Select(e => e.Theater));
        Assert.Equal(_snapshot.Engagements.OrderBy(e => e.Start), _snapshot.Engagements);
    }

    [Fact]
    public void RendersEachMarkdownParagraphAsAParagraph()
    {
        Assert.Equal(2, Html.Parse(_snapshot.Synopsis.Html).QuerySelectorAll("p").Length);
        Assert.Equal(4, Html.Parse(_snapshot.DirectorsStatement.Html).QuerySelectorAll("p").Length);
    }

    [Fact]
    public void ReadsTheFrontMatter()
    {
        Assert.Equal("Alison Klayman", _snapshot.DirectorsStatement.FrontMatter.Author);
        Assert.False(string.IsNullOrWhiteSpace(_snapshot.Synopsis.FrontMatter.Description));
    }

    [Fact]
    public void StampsTheSnapshotWithTheClock()
    {
        Assert.Equal(s_now, _snapshot.LoadedAt);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
