using System.Globalization;
using System.Text.RegularExpressions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NeverSorry.Content.Files;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Calendars;

/// <summary>
/// The theatrical run as an iCalendar file (RFC 5545), written with Ical.Net: one all-day event per
/// engagement, so calendar apps show the days without inventing show times.
/// </summary>
public static partial class RunCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <param name="revised">When the engagements were last changed: every event's DTSTAMP, so the file is the same until they change.</param>
    /// <param name="pageUrl">The run's page; null when the site does not know its public address, since a file has no base to resolve a relative one against.</param>
    public static string Write(Film film, IEnumerable<Engagement> engagements, DateTimeOffset revised, Uri? pageUrl)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Ai Weiwei: Never Sorry//Theatrical run//EN" };
        calendar.AddProperty("X-WR-CALNAME", Text($"{film.Title}: theatrical run"));
        foreach (var engagement in engagements)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(engagement),
                DtStamp = new CalDateTime(revised.UtcDateTime, CalDateTime.UtcTzId),
                Summary = Text($"{film.Title} at {engagement.Theater}"),
                Location = Text(engagement.Theater),
                Url = pageUrl,
                Start = new CalDateTime(engagement.Start),
                // An all-day event ends before its DTEND (RFC 5545 3.6.1): the day after the last day.
                End = new CalDateTime(engagement.End.AddDays(1)),
                Transparency = "TRANSPARENT",
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// Text as RFC 5545 allows it (3.3.11: no control character but HTAB): a line break becomes a space and the
    /// other controls (NUL, BEL, ESC…), which could hide or fake text in a calendar app, are left out.
    /// </summary>
    public static string Text(string text) => Controls().Replace(LineBreaks().Replace(text, " "), "");

    /// <summary>
    /// The same engagement keeps its UID across edits and renders (theater and opening day), so a calendar
    /// that subscribed updates it instead of adding a copy.
    /// </summary>
    public static string Uid(Engagement engagement)
    {
        // The slug alone could join two names ("A.B." and "A B"); a short hash of the exact name keeps them apart.
        var hash = ContentHash.OfText(engagement.Theater)[..8];
        return string.Create(CultureInfo.InvariantCulture, $"{engagement.Start:yyyyMMdd}-{Slug.Of(engagement.Theater)}-{hash}@never-sorry.theatrical-run");
    }

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex LineBreaks();

    [GeneratedRegex(@"[\p{Cc}-[\t]]")]
    private static partial Regex Controls();
}
