using System.Reflection;
using NeverSorry.Content.Model;

namespace NeverSorry.Tests.Unit.Content;

public class ContentFilesAll
{
    /// <summary>Every file name is either required (All) or optional (Optional), never neither nor both.</summary>
    [Fact]
    public void ListsEveryDeclaredFileName()
    {
        var declared = typeof(ContentFiles)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!);

        Assert.Equal(declared.Order(), ContentFiles.All.Concat(ContentFiles.Optional).Order());
        Assert.Empty(ContentFiles.All.Intersect(ContentFiles.Optional));
    }
}
