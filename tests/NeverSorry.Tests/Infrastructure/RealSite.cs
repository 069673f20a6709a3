[assembly: AssemblyFixture(typeof(NeverSorry.Tests.Infrastructure.RealSite))]

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// One site over the repository's real content, shared by every test that only reads pages: starting it
/// once keeps the suite fast, and no test can change what it serves.
/// </summary>
public sealed class RealSite : SiteFactory
{
    public RealSite()
    {
    }
}
