namespace Platform.Modules.Projects.Domain.Comments;

/// <summary>What a mention in a comment points at.</summary>
public enum MentionKind
{
    /// <summary><c>@[Name](user:GUID)</c>: one person by user id.</summary>
    User,

    /// <summary><c>@[Name](department:GUID)</c>: every member of a department.</summary>
    Department,

    /// <summary><c>@name@example.com</c>: one person by the email address of their account.</summary>
    Email,
}

/// <summary>One mention found in a comment body.</summary>
/// <param name="Kind">What it points at.</param>
/// <param name="Id">The user or department id (<see cref="MentionKind.User"/>, <see cref="MentionKind.Department"/>).</param>
/// <param name="Email">The address (<see cref="MentionKind.Email"/>).</param>
/// <param name="Label">The text shown for it: the display name of a token, the address of an email mention.</param>
public sealed record MentionToken(MentionKind Kind, Guid? Id, string? Email, string Label);
