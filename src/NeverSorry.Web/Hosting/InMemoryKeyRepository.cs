using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// Where ASP.NET Core's data protection keeps its keys: in this process's memory only. MVC's views bring
/// data protection (for antiforgery tokens), and by default it writes a key file to the home folder at
/// start-up. The site has no forms and sets no cookies, so it protects nothing and no key needs to outlive
/// the process or be shared: keeping them in memory leaves nothing on disk per instance.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly ConcurrentQueue<XElement> _elements = new();

    public IReadOnlyCollection<XElement> GetAllElements() => [.. _elements];

    public void StoreElement(XElement element, string friendlyName) => _elements.Enqueue(element);
}
