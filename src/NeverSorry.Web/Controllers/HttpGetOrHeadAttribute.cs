using Microsoft.AspNetCore.Mvc.Routing;

namespace NeverSorry.Web.Controllers;

/// <summary>Pages answer GET and HEAD (link checkers and monitors use HEAD), nothing else.</summary>
public sealed class HttpGetOrHeadAttribute(string template) : HttpMethodAttribute(["GET", "HEAD"], template);
