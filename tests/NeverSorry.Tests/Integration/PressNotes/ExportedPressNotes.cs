using System.IO.Compression;
using NeverSorry.Tests.Infrastructure;
using NeverSorry.Tests.Infrastructure.Export;

namespace NeverSorry.Tests.Integration.PressNotes;

/// <summary>The static export carries the press notes at their address, the same PDF as inside its ZIP.</summary>
[Collection(ProcessTier.Name)]
public sealed class ExportedPressNotes(ExportedPressNotes.WithPressKit export) : IClassFixture<ExportedPressNotes.WithPressKit>
{
    /// <summary>Test content with pictures and a press kit, exported once.</summary>
    public sealed class WithPressKit : IAsyncLifetime
    {
        private readonly TempContentFolder _content = TempContentFolder.CopyOfReal().WithStillsAndPoster().WithPressKit();

        public WithPressKit() => Export = new ExportedSite(_content.Path);

        public ExportedSite Export { get; }

        public ValueTask InitializeAsync() => Export.InitializeAsync();

        public async ValueTask DisposeAsync()
        {
            await Export.DisposeAsync();
            _content.Dispose();
        }
    }

    [Fact]
    public void AreAtTheirAddressAndInTheZip()
    {
        var notes = export.Export.Read("pictures/press-notes.pdf");

        var pdf = NotesPdf.Read(notes);
        Assert.True(pdf.Says("A second generated test still.") && pdf.Says(PressKitContent.ContactEmail));
        using var zip = new ZipArchive(new MemoryStream(export.Export.Read("pictures/stills.zip")), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("ai-weiwei-never-sorry-press-notes.pdf")!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(notes, copy.ToArray());
    }
}
