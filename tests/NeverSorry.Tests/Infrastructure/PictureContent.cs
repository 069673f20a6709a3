using System.Text.Json.Nodes;

namespace NeverSorry.Tests.Infrastructure;

/// <summary>Puts generated pictures into a test content folder and names them in its film.json.</summary>
public static class PictureContent
{
    public const string StillCaption = "Ai Weiwei in a scene from Alison Klayman's AI WEIWEI: NEVER SORRY.";

    /// <summary>Writes <paramref name="bytes"/> as content/images/<paramref name="name"/>.</summary>
    public static TempContentFolder WithImage(this TempContentFolder folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, "images", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return folder;
    }

    /// <summary>Gives film.json's lead still this file and alt text.</summary>
    public static TempContentFolder WithStill(this TempContentFolder folder, string file, string alt) => folder.WithFilm(film =>
    {
        film["still"]!["file"] = file;
        film["still"]!["alt"] = alt;
    });

    /// <summary>Changes film.json: <paramref name="change"/> edits its JSON object; the text is written back indented.</summary>
    public static TempContentFolder WithFilm(this TempContentFolder folder, Action<JsonObject> change)
    {
        var path = Path.Combine(folder.Path, "film.json");
        var film = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        change(film);
        File.WriteAllText(path, film.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        return folder;
    }

    /// <summary>The lead still with a file (the real caption and credit kept), a poster and a second still.</summary>
    public static TempContentFolder WithStillsAndPoster(this TempContentFolder folder, int width = 2400, int height = 1600) => folder
        .WithImage("still-1.jpg", TestPictures.Jpeg(width, height))
        .WithImage("still-2.png", TestPictures.Png(1600, 1200))
        .WithImage("poster.jpg", TestPictures.Jpeg(1400, 2000))
        .WithFilm(film =>
        {
            var still = film["still"]!.AsObject();
            still["file"] = "images/still-1.jpg";
            still["alt"] = "A generated test picture: a light disc on a colour field.";
            still["usage"] = "Editorial use only";
            film["stills"] = new JsonArray(new JsonObject
            {
                ["caption"] = "A second generated test still.",
                ["credit"] = "Generated in code by the tests",
                ["file"] = "images/still-2.png",
                ["alt"] = "A second generated test picture.",
            });
            film["poster"] = new JsonObject { ["file"] = "images/poster.jpg", ["alt"] = "A generated test poster." };
        });
}
