namespace NeverSorry.Web.Content;

/// <summary>Read-only access to the content the site currently serves.</summary>
public interface IContentStore
{
    /// <summary>The current snapshot. Read it once per request and use that one object throughout.</summary>
    ContentSnapshot Current { get; }
}
