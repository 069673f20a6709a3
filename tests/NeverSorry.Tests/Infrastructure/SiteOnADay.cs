using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>The site in memory with a clock the test sets: "today" is what the test says, in New York unless told.</summary>
public sealed class SiteOnADay : SiteFactory
{
    private SiteOnADay(FakeTimeProvider clock, string? contentPath, IReadOnlyDictionary<string, string>? settings)
        : base(contentPath, configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)), settings: settings)
    {
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    /// <param name="localTime">The wall-clock time in the site's zone (America/New_York, the default), e.g. "2012-12-30 12:00".</param>
    public static SiteOnADay At(string localTime, string? contentPath = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings?.GetValueOrDefault("Site:TimeZone") ?? "America/New_York");
        var local = DateTime.ParseExact(localTime, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var utc = TimeZoneInfo.ConvertTimeToUtc(local, zone);
        return new SiteOnADay(new FakeTimeProvider(new DateTimeOffset(utc, TimeSpan.Zero)), contentPath, settings);
    }
}
