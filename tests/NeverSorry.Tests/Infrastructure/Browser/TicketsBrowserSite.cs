[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.Browser.TicketsBrowserSite))]

namespace NeverSorry.Tests.Infrastructure.Browser;

/// <summary>In Chromium, the real content with an engagement showing today and one coming, with cities, an address and ticket pages.</summary>
public sealed class TicketsBrowserSite() : SpreadBrowserSite(RunWithTickets.AroundToday());
