using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain.Feeds;

/// <summary>What an iCalendar feed of tasks shows.</summary>
public enum TaskFeedScope
{
    /// <summary>The tasks and milestones of one project.</summary>
    Project,

    /// <summary>The tasks assigned to the feed's owner, across the projects they may see.</summary>
    Person,
}

/// <summary>
/// An iCalendar subscription of tasks, reachable without signing in at a URL holding a secret token. Only a SHA-256
/// hash of the token is stored; rotating replaces it (the old URL stops working), deleting revokes the feed. What it
/// shows is worked out on every fetch from what its owner may see then, so losing access to a project empties it.
/// </summary>
public sealed class TaskFeed : IVersioned
{
    public const int NameMaxLength = 150;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public TaskFeedScope Scope { get; set; }

    /// <summary>The project of a <see cref="TaskFeedScope.Project"/> feed; null for a person's feed.</summary>
    public Guid? ProjectId { get; set; }

    /// <summary>The user who created the feed: it shows what they may see, and only they manage it.</summary>
    public Guid OwnerUserId { get; set; }

    /// <summary>SHA-256 of the token, lower-case hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
