namespace NeverSorry.Tests.Infrastructure.Export;

/// <summary>nginx serving the export of a content folder with generated pictures (a lead still, a second still, a poster).</summary>
public sealed class PictureNginxSite : NginxSite
{
    private readonly TempContentFolder _content;

    public PictureNginxSite()
        : this(TempContentFolder.CopyOfReal().WithStillsAndPoster())
    {
    }

    private PictureNginxSite(TempContentFolder content)
        : base(new ExportedSite(content.Path)) => _content = content;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
