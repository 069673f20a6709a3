using NeverSorry.Content.Files;

namespace NeverSorry.Content.Model;

/// <summary>One thing wrong in a content file, worded for the staff member who has to fix it.</summary>
/// <param name="File">The file as staff know it, e.g. <c>content/film.json</c>.</param>
/// <param name="Line">1-based line; 1 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 1 when the problem concerns the whole file.</param>
public sealed record ContentProblem(string File, int Line, int Column, string Message)
{
    /// <summary>What went wrong underneath (paths of the server, .NET's words): for the log only, never for staff or visitors.</summary>
    public Exception? Cause { get; init; }

    /// <summary>As staff read it: a control character a file name brought in is escaped (<see cref="FileNames.Shown"/>).</summary>
    public override string ToString() => FileNames.Shown($"{File}:{Line}:{Column}: {Message}");
}

/// <summary>Thrown when a content folder cannot be loaded; carries every problem found in one pass.</summary>
public sealed class ContentException(IReadOnlyList<ContentProblem> problems)
    : Exception(BuildMessage(problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;

    private static string BuildMessage(IReadOnlyList<ContentProblem> problems) =>
        $"The content has {problems.Count} problem(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems);
}
