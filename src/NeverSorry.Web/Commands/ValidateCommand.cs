using System.CommandLine;
using NeverSorry.Content.Loading;
using NeverSorry.Content.Model;

namespace NeverSorry.Web.Commands;

/// <summary><c>validate [&lt;folder&gt;]</c>: checks a content folder without starting the site, as staff do before they deploy.</summary>
internal sealed class ValidateCommand : ContentFolderVerb
{
    public ValidateCommand()
        : base("validate", "validate [<folder>]", """
            Checks a content folder without starting the site, and prints every problem, one per line, as
            file:line:column: what to do.
            Exit codes: 0 valid (even with warnings), 1 content problems, 2 usage mistake or no such folder.
            """)
    {
        SetAction(parsed => Run(FolderOf(parsed), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
    }

    /// <summary>Checks <paramref name="folder"/>; export refuses broken content with these same messages and exit codes.</summary>
    public static int Run(ContentFolder folder, TextWriter output, TextWriter errors)
    {
        if (!Directory.Exists(folder.Path))
        {
            errors.WriteLine($"{folder.Path}: there is no such folder.");
            return 2;
        }
        try
        {
            var snapshot = new ContentLoader(TimeProvider.System).Load(folder);
            // Warnings name what the pages leave out; the content is valid all the same.
            foreach (var warning in snapshot.Warnings)
            {
                errors.WriteLine(warning);
            }
            output.WriteLine($"{folder.DisplayName("")} is valid: {snapshot.Festivals.Count} festivals, {snapshot.Engagements.Count} engagements, synopsis and director's statement.");
            return 0;
        }
        catch (ContentException ex)
        {
            foreach (var problem in ex.Problems)
            {
                errors.WriteLine(problem);
            }
            errors.WriteLine($"{ex.Problems.Count} problem(s) found in {folder.DisplayName("")}.");
            return 1;
        }
    }
}
