using System.Globalization;
using NeverSorry.Content.Model;
using NeverSorry.Web.Addresses;
using NeverSorry.Web.Images;
using NeverSorry.Web.Laurels;
using NeverSorry.Web.Run;

namespace NeverSorry.Web.Models;

/// <summary>
/// The home page's first screen: the layout its lead picture calls for, where the title block goes so it keeps
/// off the picture's subject, the laurels it has room for, and the actions that fit today.
/// </summary>
public sealed record FirstScreen(PictureView? Picture, HeroAction? Tickets, bool WatchAtHome, bool Trailer, IReadOnlyList<Festival> Laurels)
{
    public static FirstScreen Of(HomePage page) => new(
        page.Lead is { CanShow: true } lead ? lead : null,
        TicketsOf(page.Schedule),
        page.Film.WatchAt.Count > 0,
        page.Film.Trailer is not null,
        LaurelOrder.Lead(page.Festivals));

    public bool HasActions => Tickets is not null || Trailer || WatchAtHome;

    /// <summary>"still" (the title set over it), "poster" (the title beside it) or "type" (no picture: the title alone on the band).</summary>
    public string Layout => Picture switch
    {
        null => "type",
        { Source.IsPoster: true } => "poster",
        _ => "still",
    };

    /// <summary>
    /// The title block sits in the corner away from the subject: at the bottom unless the focus is in the picture's
    /// lowest third, on the left unless the focus is in its left third.
    /// </summary>
    public string Placement => Focus is { } f
        ? $"{(f.Y > 2.0 / 3 ? "top" : "bottom")}-{(f.X < 1.0 / 3 ? "right" : "left")}"
        : "bottom-left";

    /// <summary>
    /// The focus as two classes, in tenths ("fx-5 fy-3"), which set <c>object-position</c> in the stylesheet:
    /// the content security policy refuses inline styles, and a tenth is finer than any crop needs.
    /// </summary>
    public string FocusClasses => Focus is { } f
        ? string.Create(CultureInfo.InvariantCulture, $"fx-{Tenths(f.X)} fy-{Tenths(f.Y)}")
        : "";

    private Focus? Focus => Picture?.Source.Focus;

    private static int Tenths(double fraction) => (int)Math.Round(Math.Clamp(fraction, 0, 1) * 10, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The headline engagement's ticket page when staff gave one, else the run's page, worded for what it is today:
    /// null when nothing is showing or coming.
    /// </summary>
    private static HeroAction? TicketsOf(RunSchedule schedule) => schedule.Headline switch
    {
        null => null,
        { Tickets: { } tickets } next => new HeroAction($"Tickets at {next.Theater}", tickets.AbsoluteUri),
        _ => new HeroAction(schedule.Status!, SitePages.TheatricalRun.Path),
    };
}

/// <summary>A button on the first screen: its words and where it leads.</summary>
public sealed record HeroAction(string Label, string Href);
