using Platform.Modules.Projects.Domain.Feeds;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>A task feed as listed; the token itself is shown only when the feed is created or rotated.</summary>
public sealed record TaskFeedDto(Guid Id, string Name, TaskFeedScope Scope, Guid? ProjectId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static TaskFeedDto From(TaskFeed f) => new(f.Id, f.Name, f.Scope, f.ProjectId, f.CreatedAt, f.UpdatedAt, f.Version);
}

/// <summary>A feed with its secret subscription URL: store it now, it cannot be read again (rotate for a new one).</summary>
public sealed record TaskFeedSecret(TaskFeedDto Feed, string Token, string Url);

/// <summary>A new feed; the name defaults to the project's (or "My tasks").</summary>
public sealed record CreateTaskFeedRequest(string? Name = null);
