using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace NeverSorry.Web.Images.Metadata;

/// <summary>
/// The words as an XMP packet: the IPTC Core properties that twin the IIM fields (dc:description, photoshop:Credit,
/// dc:rights, dc:title, photoshop:Headline, photoshop:Instructions), with xmpRights:UsageTerms and the alt text.
/// Whole texts, escaped by the XML writer; only a packet past a JPEG segment's room has its longest texts cut.
/// </summary>
internal static class XmpPacket
{
    /// <summary>Well under the 65,533 bytes of a JPEG segment, less its 29-byte XMP name.</summary>
    public const int MaxBytes = 60_000;

    private static readonly XNamespace s_x = "adobe:ns:meta/";
    private static readonly XNamespace s_rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace s_dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace s_photoshop = "http://ns.adobe.com/photoshop/1.0/";
    private static readonly XNamespace s_xmpRights = "http://ns.adobe.com/xap/1.0/rights/";
    private static readonly XNamespace s_iptcCore = "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/";

    public static byte[] Of(PictureWords words)
    {
        var packet = Write(words, maxField: int.MaxValue);
        for (var maxField = 8_000; packet.Length > MaxBytes; maxField /= 2)
        {
            packet = Write(words, maxField);
        }
        return packet;
    }

    private static byte[] Write(PictureWords words, int maxField)
    {
        string? Cut(string? text) => text is null ? null : Utf8Text.FitText(text, maxField);
        var description = new XElement(s_rdf + "Description",
            new XAttribute(s_rdf + "about", ""),
            new XAttribute(XNamespace.Xmlns + "dc", s_dc),
            new XAttribute(XNamespace.Xmlns + "photoshop", s_photoshop),
            new XAttribute(XNamespace.Xmlns + "xmpRights", s_xmpRights),
            new XAttribute(XNamespace.Xmlns + "Iptc4xmpCore", s_iptcCore),
            LanguageAlternative(s_dc + "title", Cut(words.Title)),
            LanguageAlternative(s_dc + "description", Cut(words.Caption)),
            LanguageAlternative(s_dc + "rights", Cut(words.Copyright)),
            Simple(s_photoshop + "Headline", Cut(words.Title)),
            Simple(s_photoshop + "Credit", Cut(words.Credit)),
            Simple(s_photoshop + "Instructions", Cut(words.Usage)),
            LanguageAlternative(s_xmpRights + "UsageTerms", Cut(words.Usage)),
            LanguageAlternative(s_iptcCore + "AltTextAccessibility", Cut(words.Alt)));
        var meta = new XElement(s_x + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", s_x),
            new XElement(s_rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", s_rdf), description));

        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, Indent = true }))
        {
            // The packet wrapper (XMP part 1, 7.3): begin holds a byte-order mark, which says UTF-8 here.
            writer.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            meta.WriteTo(writer);
            writer.WriteProcessingInstruction("xpacket", "end=\"w\"");
        }
        return output.ToArray();
    }

    private static XElement? Simple(XName name, string? text) => text is null ? null : new XElement(name, text);

    /// <summary>A text in the default language, as XMP's language alternatives hold captions, titles and rights.</summary>
    private static XElement? LanguageAlternative(XName name, string? text) => text is null ? null : new XElement(name,
        new XElement(s_rdf + "Alt", new XElement(s_rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), text)));
}
