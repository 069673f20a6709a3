using System.Text.RegularExpressions;
using NeverSorry.Content.Loading;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Unit.Architecture;

/// <summary>
/// The code's layout is its architecture: each folder is a namespace, and no folder uses a folder that uses
/// it, directly or round a circle. The content library knows nothing of the web. Read from the sources
/// (a <c>using</c> or a qualified name is a use), so a method body's use counts as much as a signature's.
/// </summary>
public sealed partial class DependenciesRunOneWay
{
    private static readonly string s_sources = Path.Combine(RepositoryPaths.Root, "src");

    [Fact]
    public void TheContentLibraryKnowsNothingOfTheWeb()
    {
        var references = typeof(ContentLoader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("NeverSorry.Web", StringComparison.Ordinal));
        Assert.DoesNotContain(Uses(), use => use.From.StartsWith("NeverSorry.Content", StringComparison.Ordinal) && use.To.StartsWith("NeverSorry.Web", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFolderIsItsNamespace()
    {
        var misplaced = SourceFiles().Where(f => f.Path.EndsWith(".cs", StringComparison.Ordinal) && f.Namespace != FolderNamespace(f.Path) && !IsEntryPoint(f.Path))
            .Select(f => $"{Path.GetRelativePath(s_sources, f.Path)} is in {f.Namespace}").ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void NoFolderDependsOnItselfRoundACircle()
    {
        var edges = Uses().GroupBy(u => u.From).ToDictionary(g => g.Key, g => g.Select(u => u.To).ToHashSet());
        var circles = edges.Keys.Select(start => CircleFrom(start, edges)).OfType<string>().Distinct().ToList();

        Assert.True(circles.Count == 0, "Folders that depend on each other: " + string.Join("; ", circles) + Environment.NewLine
            + "Each names one use of the next; move the shared piece down to the folder both may use.");
    }

    [Fact]
    public void TheCheckSeesAUseOfAnotherFolder()
    {
        // The check itself: the store (Live) uses the picture plan (Images), and the pages' models use the store.
        var uses = Uses().ToHashSet();
        Assert.Contains(new Use("NeverSorry.Web.Live", "NeverSorry.Web.Images"), uses);
        Assert.Contains(new Use("NeverSorry.Web.Models", "NeverSorry.Web.Live"), uses);
        Assert.Contains(new Use("NeverSorry.Web.Views", "NeverSorry.Web.Models"), uses);
    }

    private sealed record Use(string From, string To);

    private sealed record SourceFile(string Path, string Namespace, string Text);

    /// <summary>Each folder's uses of the other folders; Program.cs, the entry point, stands above them all.</summary>
    private static IEnumerable<Use> Uses()
    {
        var files = SourceFiles().Where(f => !IsEntryPoint(f.Path)).ToList();
        var namespaces = files.Select(f => f.Namespace).ToHashSet();
        return files.SelectMany(file => QualifiedName().Matches(file.Text)
                .Select(match => NamespaceOf(match.Value, namespaces))
                .OfType<string>()
                .Where(used => used != file.Namespace)
                .Select(used => new Use(file.Namespace, used)))
            .Distinct();
    }

    /// <summary>The longest namespace a qualified name starts with (a name may end in a type).</summary>
    private static string? NamespaceOf(string name, HashSet<string> namespaces)
    {
        for (var candidate = name; ; candidate = candidate[..candidate.LastIndexOf('.')])
        {
            if (namespaces.Contains(candidate))
            {
                return candidate;
            }
            if (!candidate.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    private static string? CircleFrom(string start, Dictionary<string, HashSet<string>> edges)
    {
        // Breadth-first from start's uses back to start: the shortest circle, written in a canonical order.
        var cameFrom = new Dictionary<string, string>();
        var queue = new Queue<string>(edges.GetValueOrDefault(start, []).Select(next => { cameFrom[next] = start; return next; }));
        while (queue.TryDequeue(out var at))
        {
            if (at == start)
            {
                var path = new List<string>();
                var step = start;
                do
                {
                    path.Add(step);
                    step = cameFrom[step];
                }
                while (step != start);
                path.Reverse();
                var first = path.IndexOf(path.Min(StringComparer.Ordinal)!);
                return string.Join(" → ", [.. path[first..], .. path[..first], path[first]]);
            }
            foreach (var next in edges.GetValueOrDefault(at, []).Where(n => !cameFrom.ContainsKey(n) || n == start))
            {
                cameFrom[next] = at;
                queue.Enqueue(next);
            }
        }
        return null;
    }

    private static IEnumerable<SourceFile> SourceFiles() =>
        Directory.EnumerateFiles(s_sources, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(path =>
            {
                var text = Comment().Replace(File.ReadAllText(path), "");
                var ns = path.EndsWith(".cshtml", StringComparison.Ordinal) ? FolderNamespace(path).Split(".Views")[0] + ".Views"
                    : FileNamespace().Match(text) is { Success: true } m ? m.Groups[1].Value : "";
                // @addTagHelper names an assembly, not a namespace.
                return new SourceFile(path, ns, TagHelperLine().Replace(text, ""));
            });

    /// <summary>What the folder says the namespace is: the project's name, then each folder below it.</summary>
    private static string FolderNamespace(string path)
    {
        var parts = Path.GetRelativePath(s_sources, Path.GetDirectoryName(path)!).Split(Path.DirectorySeparatorChar);
        return string.Join('.', parts);
    }

    private static bool IsEntryPoint(string path) => Path.GetFileName(path) == "Program.cs";

    [GeneratedRegex(@"\bNeverSorry\.(?:Web|Content)(?:\.[A-Z]\w*)*")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^namespace\s+([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"//.*$|@\*[\s\S]*?\*@", RegexOptions.Multiline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^@addTagHelper.*$", RegexOptions.Multiline)]
    private static partial Regex TagHelperLine();
}
