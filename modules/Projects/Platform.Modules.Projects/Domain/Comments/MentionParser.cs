using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>
/// Finds the mentions in a Markdown comment body. Two forms are understood:
/// <list type="bullet">
/// <item><c>@[Display Name](user:GUID)</c> and <c>@[Department](department:GUID)</c>: the tokens the portal inserts
/// from its picker; the id decides, the name is only what readers see.</item>
/// <item><c>@someone@example.com</c>: typed by hand (or by an API client); resolved through the person's account.
/// The <c>@</c> must start a word, so a plain address such as <c>ops@example.com</c> is not a mention.</item>
/// </list>
/// Text inside code (fenced blocks and inline code spans) never mentions anyone: people paste logs and snippets.
/// </summary>
public static partial class MentionParser
{
    /// <summary>The most mentions one comment may carry; more is a 400 rather than a flood of notifications.</summary>
    public const int MaxMentions = 50;

    /// <summary>All mentions in <paramref name="markdown"/>, in order of appearance, duplicates removed.</summary>
    public static IReadOnlyList<MentionToken> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var text = BlankCode(markdown);
        var found = new List<MentionToken>();
        var seen = new HashSet<(MentionKind, Guid?, string?)>();
        foreach (var match in Mentions().EnumerateMatches(text))
        {
            var token = ToToken(text.Substring(match.Index, match.Length));
            if (token is not null && seen.Add((token.Kind, token.Id, token.Email?.ToUpperInvariant())))
            {
                found.Add(token);
            }
        }

        return found;
    }

    /// <summary>
    /// The body with every token replaced by <c>@Name</c> as plain (escaped) text, for rendering: a <c>user:</c> link
    /// would be stripped by the sanitiser anyway, and readers should see the name, not the id.
    /// </summary>
    public static string ToDisplayMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var code = CodeRanges(markdown);
        return Tokens().Replace(markdown, match =>
            code.Any(r => match.Index >= r.Start && match.Index < r.End) ? match.Value : "@" + EscapeMarkdown(match.Groups["label"].Value));
    }

    private static MentionToken? ToToken(string value)
    {
        var token = Tokens().Match(value);
        if (token.Success)
        {
            var kind = token.Groups["kind"].Value.Equals("user", StringComparison.OrdinalIgnoreCase) ? MentionKind.User : MentionKind.Department;
            return Guid.TryParse(token.Groups["id"].Value, out var id) ? new MentionToken(kind, id, null, token.Groups["label"].Value.Trim()) : null;
        }

        var email = value[1..].TrimEnd('.');
        return new MentionToken(MentionKind.Email, null, email, email);
    }

    /// <summary>Replaces code with spaces (keeping offsets) so that nothing inside it matches.</summary>
    private static string BlankCode(string markdown)
    {
        var builder = new StringBuilder(markdown);
        foreach (var (start, end) in CodeRanges(markdown))
        {
            for (var i = start; i < end; i++)
            {
                builder[i] = builder[i] == '\n' ? '\n' : ' ';
            }
        }

        return builder.ToString();
    }

    private static List<(int Start, int End)> CodeRanges(string markdown)
    {
        var ranges = Fences().Matches(markdown).Select(m => (m.Index, m.Index + m.Length)).ToList();
        foreach (Match span in InlineCode().Matches(markdown))
        {
            if (!ranges.Any(r => span.Index >= r.Item1 && span.Index < r.Item2))
            {
                ranges.Add((span.Index, span.Index + span.Length));
            }
        }

        return ranges;
    }

    private static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (@"\`*_{}[]()<>#+-.!|~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"@\[(?<label>[^\[\]\r\n]{1,200})\]\((?<kind>user|department):(?<id>[0-9a-fA-F-]{32,36})\)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"@\[[^\[\]\r\n]{1,200}\]\((?:user|department):[0-9a-fA-F-]{32,36}\)|(?<![\w@.+-])@[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex Mentions();

    [GeneratedRegex(@"^(?<fence>`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\k<fence>[ \t]*$|\z)", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Fences();

    [GeneratedRegex(@"(?<ticks>`+)[^`][\s\S]*?\k<ticks>", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlineCode();
}
