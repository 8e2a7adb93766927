using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain.Leave;

/// <summary>Whose approved leave a calendar feed shows.</summary>
public enum CalendarFeedScope
{
    /// <summary>One employee.</summary>
    Employee,

    /// <summary>Everyone below a manager in the manager chain.</summary>
    Team,

    /// <summary>The members of a department and its sub-departments.</summary>
    Department,
}

/// <summary>
/// An iCalendar subscription of approved leave, reachable without signing in at a URL holding a secret token. Only a
/// hash of the token is stored; rotating replaces it (the old URL stops working), deleting revokes the feed.
/// </summary>
public sealed class CalendarFeed : IVersioned
{
    public const int NameMaxLength = 150;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public CalendarFeedScope Scope { get; set; }

    /// <summary>The employee (Employee), the manager (Team) or the department (Department) the feed is about.</summary>
    public Guid SubjectId { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The user who created the feed; they (and HR) may list, rotate and revoke it.</summary>
    public Guid? OwnerUserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
