using System.Globalization;
using AngleSharp.Dom;
using NeverSorry.Tests.Infrastructure;

namespace NeverSorry.Tests.Integration.Controllers;

/// <summary>One row of the engagement table as a reader sees it.</summary>
internal sealed record EngagementRow(string Theater, string Opening, string Closing, int Days);

internal static class EngagementTable
{
    /// <summary>The film's seven engagements, as the seed lists them (with Kendall Square's name in full).</summary>
    public static IReadOnlyList<EngagementRow> Expected { get; } =
    [
        new("IFC Center", "2012-07-27", "2012-11-08", 105),
        new("Lincoln Plaza", "2012-07-27", "2012-08-16", 21),
        new("Playhouse 7", "2012-08-03", "2012-08-23", 21),
        new("The Landmark", "2012-08-03", "2012-08-16", 14),
        new("Kendall Square Cinema", "2012-08-03", "2012-08-16", 14),
        new("Town Center 5", "2012-08-03", "2012-08-09", 7),
        new("IFC Center", "2012-12-28", "2013-01-10", 14),
    ];

    /// <summary>The body rows of <paramref name="table"/>: theater, the datetime of each date, the days, found by their column's heading.</summary>
    public static IReadOnlyList<EngagementRow> Rows(IElement table)
    {
        var columns = Headings(table).ToList();
        return table.QuerySelectorAll("tbody tr").Select(row =>
        {
            var cells = row.Children;
            Assert.Equal(columns.Count, cells.Length);
            return new EngagementRow(
                cells[columns.IndexOf("Theater")].ReadableText(),
                DateIn(cells[columns.IndexOf("Opening day")]),
                DateIn(cells[columns.IndexOf("Closing day")]),
                int.Parse(cells[columns.IndexOf("Days")].ReadableText(), CultureInfo.InvariantCulture));
        }).ToList();
    }

    /// <summary>The column headings, in order.</summary>
    public static IReadOnlyList<string> Headings(IElement table) => table.QuerySelectorAll("thead th").Select(th => th.ReadableText()).ToList();

    /// <summary>Each body row's cell under <paramref name="heading"/>.</summary>
    public static IReadOnlyList<IElement> Column(IElement table, string heading)
    {
        var index = Headings(table).ToList().IndexOf(heading);
        Assert.True(index >= 0, $"The table has no column '{heading}'.");
        return table.QuerySelectorAll("tbody tr").Select(row => row.Children[index]).ToList();
    }

    /// <summary>The one date a cell shows, which must be all of the cell's text.</summary>
    private static string DateIn(IElement cell)
    {
        var time = Assert.Single(cell.QuerySelectorAll("time"));
        Assert.Equal(cell.ReadableText(), time.ReadableText());
        return time.GetAttribute("datetime") ?? "";
    }
}
