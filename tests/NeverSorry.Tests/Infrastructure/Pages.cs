namespace NeverSorry.Tests.Infrastructure;

/// <summary>The site's pages: their URLs are a contract (press link to them).</summary>
public static class Pages
{
    public const string Home = "/";
    public const string TheatricalRun = "/theatrical-run";
    public const string DirectorsStatement = "/directors-statement";
    public const string Press = "/press";

    public static IReadOnlyList<string> All { get; } = [Home, TheatricalRun, DirectorsStatement, Press];

    public static TheoryData<string> Urls => new(All);
}
