using System.Reflection;
using NeverSorry.Web.Content;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>
/// Every file name declared in <see cref="ContentFiles"/>, read by reflection so a file added there is
/// checked by the guards on the staff guide and the schemas without anyone remembering to list it.
/// </summary>
public static class ContentFileNames
{
    public static IReadOnlyList<string> All { get; } = typeof(ContentFiles)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.FieldType == typeof(string))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToList();

    public static IReadOnlyList<string> Json { get; } =
        All.Where(name => name.EndsWith(".json", StringComparison.Ordinal)).ToList();
}
