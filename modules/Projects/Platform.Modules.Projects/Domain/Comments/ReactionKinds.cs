namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>
/// The reactions a comment can get, by name (names travel in URLs; emoji do not travel well). A short fixed set keeps
/// the counts meaningful and the column small; the emoji is what the portal shows.
/// </summary>
public static class ReactionKinds
{
    private static readonly Dictionary<string, string> Emoji = new(StringComparer.Ordinal)
    {
        ["thumbsup"] = "\U0001F44D",
        ["thumbsdown"] = "\U0001F44E",
        ["heart"] = "\u2764\uFE0F",
        ["laugh"] = "\U0001F604",
        ["tada"] = "\U0001F389",
        ["confused"] = "\U0001F615",
        ["eyes"] = "\U0001F440",
        ["rocket"] = "\U0001F680",
    };

    /// <summary>The allowed names, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Emoji.Keys];

    /// <summary>The longest name, for the column.</summary>
    public const int NameMaxLength = 20;

    /// <summary>The allowed name for <paramref name="nameOrEmoji"/> (a name such as <c>thumbsup</c>, or its emoji), or null.</summary>
    public static string? Normalize(string nameOrEmoji)
    {
        ArgumentNullException.ThrowIfNull(nameOrEmoji);
        var value = nameOrEmoji.Trim();
        var lower = value.ToLowerInvariant();
        if (Emoji.ContainsKey(lower))
        {
            return lower;
        }

        // The heart is also sent without its variation selector.
        return Emoji.FirstOrDefault(e => e.Value == value || e.Value.TrimEnd('\uFE0F') == value).Key;
    }

    /// <summary>The emoji of an allowed name.</summary>
    public static string EmojiOf(string name) => Emoji[name];
}
