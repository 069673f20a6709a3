using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Web.Calendars;

namespace NeverSorry.Tests.Unit.Calendars;

/// <summary>
/// A theater's name with control characters in it (NUL, BEL, ESC, a carriage return) reaches the calendar file
/// as RFC 5545 text allows (no control character but HTAB), and reads back as the name a person would see.
/// </summary>
public sealed class RunCalendarText
{
    private static readonly Film s_film = new ContentLoader(TimeProvider.System).Load(new ContentFolder(RepositoryPaths.Content)).Film;

    [Fact]
    public void ControlCharactersInATheatersNameAreLeftOutOfTheFile()
    {
        var engagement = new Engagement { Theater = "Film\0 Forum\a\u001b[2J\rBEGIN:VEVENT\u007f", Start = new DateOnly(2012, 7, 27), End = new DateOnly(2012, 8, 9) };

        var text = RunCalendar.Write(s_film, [engagement], DateTimeOffset.UnixEpoch, pageUrl: null);

        // Lines end in CRLF (and a long one folds onto a line starting with a space); nothing else is a control.
        var lines = text.Split("\r\n");
        Assert.All(lines, line => Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t'));
        var calendarEvent = Assert.Single(Ical.Net.Calendar.Load(text)!.Events);
        Assert.Equal("Film Forum[2J BEGIN:VEVENT", calendarEvent.Location);
        Assert.Equal($"{s_film.Title} at Film Forum[2J BEGIN:VEVENT", calendarEvent.Summary);
    }

    [Fact]
    public void ATabAndOrdinaryTextAreKept() =>
        Assert.Equal("Cinéma\tdu Parc: « 1 »", RunCalendar.Text("Cinéma\tdu Parc: « 1 »"));
}
