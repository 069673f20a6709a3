using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NeverSorry.Web.Caching;

namespace NeverSorry.Web.Hosting;

/// <summary>
/// Writes /healthz as plain text: the overall status on the first line (what monitors match on), then each
/// check's description, so staff can read which content file is broken and why.
/// </summary>
internal static class HealthResponse
{
    public static Task WritePlainText(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder().AppendLine(report.Status.ToString());
        foreach (var (name, entry) in report.Entries)
        {
            text.AppendLine().Append(name).Append(": ").Append(entry.Status).Append(". ").AppendLine(entry.Description);
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = CachePolicy.NoStore;
        return context.Response.WriteAsync(text.ToString(), context.RequestAborted);
    }
}
