using System.Globalization;
using System.Text.RegularExpressions;
using NeverSorry.Content.Model;
using NeverSorry.Content.Reading;

namespace NeverSorry.Content.Checking;

/// <summary>
/// press.json: contacts a journalist can actually reach (someone, and a way to reach them, written so that a
/// phone dials and a mail client sends), and review quotes as they were published (on one line, with their
/// publication, a secure address and a date that has been).
/// </summary>
public static partial class PressChecks
{
    /// <summary>A press page's top block holds a few contacts; twenty is a directory.</summary>
    public const int MostContacts = 20;

    /// <summary>Thirty quotes is a page of praise already.</summary>
    public const int MostQuotes = 30;

    /// <summary>A person's name, a role, an organization or a region.</summary>
    public const int ContactFieldChars = 100;

    /// <summary>The longest address mail servers accept (RFC 5321).</summary>
    public const int EmailChars = 254;

    public const int PhoneMinChars = 6;
    public const int PhoneMaxChars = 30;

    /// <summary>A pull quote is a sentence or two; a paragraph belongs in the review, linked.</summary>
    public const int QuoteChars = 400;

    /// <summary>A publication's or a critic's name.</summary>
    public const int SourceChars = 100;

    /// <param name="today">The day in UTC the content is loaded: a review cannot be dated after it.</param>
    public static void Check(JsonFile<PressKit> press, DateOnly today, ICollection<ContentProblem> problems)
    {
        var contacts = press.Value.Contacts;
        if (contacts.Count > MostContacts)
        {
            problems.Add(press.Problem("$.contacts", Invariant($"press.json lists {contacts.Count} contacts, more than the {MostContacts} the press page has room for; keep the ones press should try first.")));
        }
        for (var i = 0; i < contacts.Count; i++)
        {
            CheckContact(press, i, problems);
        }
        var quotes = press.Value.Quotes;
        if (quotes.Count > MostQuotes)
        {
            problems.Add(press.Problem("$.quotes", Invariant($"press.json lists {quotes.Count} quotes, more than the {MostQuotes} the press page shows; keep the strongest.")));
        }
        var firstOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < quotes.Count; i++)
        {
            CheckQuote(press, i, today, problems);
            if (!string.IsNullOrWhiteSpace(quotes[i].Text) && !firstOf.TryAdd(quotes[i].Text.Trim(), i))
            {
                var firstLine = press.Positions.Of(Invariant($"$.quotes[{firstOf[quotes[i].Text.Trim()]}]")).Line;
                problems.Add(press.Problem(Invariant($"$.quotes[{i}]"), Invariant($"this quote is written twice, on line {firstLine} and on this line, and the page would show it twice. Remove one of the two.")));
            }
        }
    }

    private static void CheckContact(JsonFile<PressKit> press, int i, ICollection<ContentProblem> problems)
    {
        var contact = press.Value.Contacts[i];
        var path = Invariant($"$.contacts[{i}]");
        if (contact.Name is null && contact.Organization is null)
        {
            problems.Add(press.Problem(path, "this contact has neither a name nor an organization; add \"name\" or \"organization\" (or both), so press know whom they are writing to."));
        }
        if (contact.Email is null && contact.Phone is null)
        {
            problems.Add(press.Problem(path, "this contact has no way to reach them; add at least one: \"email\" or \"phone\"."));
        }
        TextChecks.OneLine(press, $"{path}.name", contact.Name, ContactFieldChars, "for example \"A. Publicist\"", problems);
        TextChecks.OneLine(press, $"{path}.role", contact.Role, ContactFieldChars, "for example \"Publicist\"", problems);
        TextChecks.OneLine(press, $"{path}.organization", contact.Organization, ContactFieldChars, "for example the distributor's name", problems);
        TextChecks.OneLine(press, $"{path}.region", contact.Region, ContactFieldChars, "for example \"United States\" or \"International\"", problems);
        if (contact.Email is { } email)
        {
            CheckEmail(press, $"{path}.email", email, problems);
        }
        if (contact.Phone is { } phone)
        {
            CheckPhone(press, $"{path}.phone", phone, problems);
        }
    }

    private static void CheckEmail(JsonFile<PressKit> press, string path, string email, ICollection<ContentProblem> problems)
    {
        if (email.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(press.Problem(path, "write the email address alone, without 'mailto:' (the page makes the link)."));
        }
        else if (email.Length > EmailChars || !Email().IsMatch(email))
        {
            problems.Add(press.Problem(path, $"'{TextChecks.Shown(email)}' is not an email address: write one address, with no spaces, one '@' and a dot in the part after it, for example \"press@example.org\"."));
        }
    }

    private static void CheckPhone(JsonFile<PressKit> press, string path, string phone, ICollection<ContentProblem> problems)
    {
        if (!Phone().IsMatch(phone))
        {
            problems.Add(press.Problem(path, $"'{TextChecks.Shown(phone)}' is not a phone number a journalist can dial: write it with digits, spaces and + - ( ) . only, as it is dialled from abroad, for example \"+1 212 555 0100\"."));
        }
        else if (phone.Trim().Length is < PhoneMinChars or > PhoneMaxChars || phone.Count(char.IsAsciiDigit) < PhoneMinChars)
        {
            problems.Add(press.Problem(path, Invariant($"'{phone}' is too {(phone.Trim().Length > PhoneMaxChars ? "long" : "short")} for a phone number: write the whole number, with its country code, in {PhoneMinChars} to {PhoneMaxChars} characters, one number per contact.")));
        }
    }

    private static void CheckQuote(JsonFile<PressKit> press, int i, DateOnly today, ICollection<ContentProblem> problems)
    {
        var quote = press.Value.Quotes[i];
        var path = Invariant($"$.quotes[{i}]");
        if (string.IsNullOrWhiteSpace(quote.Text))
        {
            problems.Add(press.Problem($"{path}.text", "'text' is empty; write the words quoted between the quotes."));
        }
        else if (IsQuoted(quote.Text.Trim()))
        {
            problems.Add(press.Problem($"{path}.text", "write the words without quotation marks around them: the page sets the quotation marks itself."));
        }
        else
        {
            TextChecks.OneLine(press, $"{path}.text", quote.Text, QuoteChars, "a sentence or two as published, with '…' where you leave words out", problems);
        }
        if (string.IsNullOrWhiteSpace(quote.Publication))
        {
            problems.Add(press.Problem($"{path}.publication", "'publication' is empty; write where the review was published, for example the newspaper's name."));
        }
        else
        {
            TextChecks.OneLine(press, $"{path}.publication", quote.Publication, SourceChars, "the publication's name as it prints it", problems);
        }
        TextChecks.OneLine(press, $"{path}.author", quote.Author, SourceChars, "the critic's name", problems);
        if (quote.Url is { } url && !TextChecks.IsHttps(url))
        {
            problems.Add(press.Problem($"{path}.url", "the address must be a full web address starting with https://; copy it from the browser's address bar."));
        }
        if (quote.Date is { } date)
        {
            CheckDate(press, $"{path}.date", date, today, problems);
        }
    }

    private static void CheckDate(JsonFile<PressKit> press, string path, DateOnly date, DateOnly today, ICollection<ContentProblem> problems)
    {
        if (date.Year < ContentLimits.FirstYear || date.Year > ContentLimits.LastYear)
        {
            problems.Add(press.Problem(path, Invariant($"'date' is {date:yyyy-MM-dd}, which cannot be right: dates must lie between the years {ContentLimits.FirstYear} and {ContentLimits.LastYear}. Correct the date.")));
        }
        // A day's grace: where the review was published, it may already be tomorrow in UTC.
        else if (date > today.AddDays(1))
        {
            problems.Add(press.Problem(path, Invariant($"'date' is {date:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}): a review cannot be published after today. Write the day it was published, or leave the date out.")));
        }
    }

    private static bool IsQuoted(string text) =>
        text.Length >= 2 && (text[0] is '"' or '\u201C' or '\u201E' or '\u00AB') && (text[^1] is '"' or '\u201D' or '\u201C' or '\u00BB');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // One '@'; no spaces, quotes, brackets or commas; a dot inside the domain, not at its ends or twice in a row.
    [GeneratedRegex(@"\A[^@\s""(),:;<>\[\]\\]+@(?:[^@\s""(),:;<>\[\]\\.]+\.)+[^@\s""(),:;<>\[\]\\.]{2,}\z")]
    private static partial Regex Email();

    [GeneratedRegex(@"\A[0-9 +\-().]+\z")]
    private static partial Regex Phone();
}
