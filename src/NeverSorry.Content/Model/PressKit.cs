using System.ComponentModel;
using System.Text.Json.Serialization;

namespace NeverSorry.Content.Model;

/// <summary>What press need beyond the film's facts: whom to ask and what reviewers wrote. Read from the optional <c>press.json</c>.</summary>
[Description("Press contacts and review quotes: content/press.json. The file is optional, and so is each list.")]
public sealed record PressKit
{
    /// <summary>Press kit content when there is no press.json.</summary>
    public static PressKit Empty { get; } = new();

    [JsonPropertyName("$schema")]
    [Description("Where editors find this file's schema; the site ignores it.")]
    public string? Schema { get; init; }

    [Description("Whom press write or call, first the one to try first: at most 20. Each needs a name or an organization, and at least one way to reach them: an email or a phone number.")]
    public IReadOnlyList<PressContact> Contacts { get; init; } = [];

    [Description("Review quotes, in the order they are shown, each as the publication printed it and each once: at most 30.")]
    public IReadOnlyList<PressQuote> Quotes { get; init; } = [];
}

/// <summary>A person or an office press can reach.</summary>
public sealed record PressContact
{
    [Description("The person's name, on one line of at most 100 characters. Optional when the organization is given.")]
    public string? Name { get; init; }

    [Description("What they do, e.g. \"Publicist\": one line of at most 100 characters. Optional.")]
    public string? Role { get; init; }

    [Description("The company or office, e.g. the distributor's press office: one line of at most 100 characters. Optional when a name is given.")]
    public string? Organization { get; init; }

    [Description("An email address alone, without 'mailto:', e.g. \"press@example.org\"; at most 254 characters. An email or a phone number is required.")]
    public string? Email { get; init; }

    [Description("A phone number as it is dialled from abroad, e.g. \"+1 212 555 0100\": digits, spaces and + - ( ) . only, 6 to 30 characters with at least 6 digits. An email or a phone number is required.")]
    public string? Phone { get; init; }

    [Description("Where this contact looks after press, e.g. \"United States\" or \"International\": one line of at most 100 characters. Optional.")]
    public string? Region { get; init; }
}

/// <summary>A line from a review, with where it was published.</summary>
public sealed record PressQuote
{
    [Description("The words quoted, exactly as published, without quotation marks around them: one line of at most 400 characters.")]
    public required string Text { get; init; }

    [Description("Where it was published, e.g. the newspaper's or the site's name: one line of at most 100 characters.")]
    public required string Publication { get; init; }

    [Description("Who wrote it: one line of at most 100 characters. Optional.")]
    public string? Author { get; init; }

    [Description("The review's address, starting with https://. Optional.")]
    public Uri? Url { get; init; }

    [Description("The day it was published, written yyyy-MM-dd, not after today. Optional.")]
    public DateOnly? Date { get; init; }
}
