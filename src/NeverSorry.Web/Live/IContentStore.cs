
namespace NeverSorry.Web.Live;

/// <summary>Read-only access to the content the site currently serves.</summary>
public interface IContentStore
{
    /// <summary>The current snapshot. Read it once per request and use that one object throughout.</summary>
    SiteSnapshot Current { get; }
}
