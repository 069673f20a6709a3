using System.Globalization;
using System.Text.Json.Nodes;
using NeverSorry.Content.Model;

[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.FirstScreenBrowserSite))]
[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.NoPictureBrowserSite))]
[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.PosterBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>
/// The first screen at its fullest, in Chromium: a lead still with a focus, an engagement showing today with a
/// ticket page and one coming, the real festivals, a trailer and a place to watch at home. The dates are around
/// the real today in New York, as the site on Kestrel keeps the real clock.
/// </summary>
public sealed class FirstScreenBrowserSite() : FirstScreenSite(FirstScreenSite.Lead.Still);

/// <summary>The same first screen without any picture: the typographic hero.</summary>
public sealed class NoPictureBrowserSite() : FirstScreenSite(FirstScreenSite.Lead.None);

/// <summary>The same first screen led by a poster alone (portrait): the title beside it, or above it on a phone.</summary>
public sealed class PosterBrowserSite() : FirstScreenSite(FirstScreenSite.Lead.Poster);

public abstract class FirstScreenSite : BrowserSite
{
    public const string Tickets = "https://tickets.example/ifc-center";

    /// <summary>What leads the home page.</summary>
    public enum Lead
    {
        None,
        Still,
        Poster,
    }

    private readonly TempContentFolder _content;

    protected FirstScreenSite(Lead lead)
        : this(Content(lead))
    {
    }

    private FirstScreenSite(TempContentFolder content)
        : base(content.Path, PublicSite.BaseUrl) => _content = content;

    public bool HasPicture => Directory.Exists(Path.Combine(_content.Path, "images"));

    /// <summary>The site's address once the home page shows all it will (its picture in every format, when there is one).</summary>
    public async Task<Uri> ReadyAddressAsync()
    {
        var address = await BaseAddressAsync();
        if (HasPicture)
        {
            using var client = new HttpClient { BaseAddress = address };
            var home = await Eventually.AnswerAsync(
                () => client.GetStringAsync(Pages.Home, TestContext.Current.CancellationToken),
                html => html.Contains("image/avif", StringComparison.Ordinal));
            Assert.Contains("image/avif", home, StringComparison.Ordinal);
        }
        return address;
    }

    private static TempContentFolder Content(Lead lead)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        string Day(int offset) => today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var folder = TempContentFolder.CopyOfReal().With(ContentFiles.TheatricalRun, ContentText.Run(
            """{ "theater": "IFC Center", "start": "2012-07-27", "end": "2012-11-08" }""",
            """{ "theater": "Lincoln Plaza", "start": "2012-07-27", "end": "2012-08-16" }""",
            $$"""{ "theater": "IFC Center", "start": "{{Day(-3)}}", "end": "{{Day(10)}}", "tickets": "{{Tickets}}" }""",
            $$"""{ "theater": "Kendall Square Cinema", "start": "{{Day(20)}}", "end": "{{Day(33)}}" }"""));
        folder.WithFilm(film =>
        {
            film["trailer"] = new JsonObject { ["youtubeId"] = "AAAAAAAAAAA" };
            film["watchAt"] = new JsonArray(new JsonObject { ["service"] = "A streaming service", ["url"] = "https://watch.example/never-sorry", ["kind"] = "stream" });
        });
        if (lead == Lead.Poster)
        {
            folder.WithImage("poster.jpg", TestPictures.Jpeg(1400, 2000)).WithFilm(film =>
                film["poster"] = new JsonObject { ["file"] = "images/poster.jpg", ["alt"] = "A generated test poster." });
        }
        if (lead == Lead.Still)
        {
            folder.WithImage("still-1.jpg", TestPictures.Jpeg(2400, 1600)).WithFilm(film =>
            {
                var still = film["still"]!.AsObject();
                still["file"] = "images/still-1.jpg";
                still["alt"] = "A generated test picture: a light disc on a colour field.";
                still["focus"] = new JsonObject { ["x"] = 0.5, ["y"] = 0.3 };
            });
        }
        return folder;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
        GC.SuppressFinalize(this);
    }
}
