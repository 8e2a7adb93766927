using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Features.Calendars;

/// <summary>A calendar feed as listed; the token itself is shown only when the feed is created or rotated.</summary>
public sealed record CalendarFeedDto(Guid Id, string Name, CalendarFeedScope Scope, Guid SubjectId, Guid? OwnerUserId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static CalendarFeedDto From(CalendarFeed f) => new(f.Id, f.Name, f.Scope, f.SubjectId, f.OwnerUserId, f.CreatedAt, f.UpdatedAt, f.Version);
}

/// <summary>A feed with its secret subscription URL: store it now, it cannot be read again (rotate for a new one).</summary>
public sealed record CalendarFeedSecret(CalendarFeedDto Feed, string Token, string Url);

/// <summary>A new feed: whose leave (<see cref="Scope"/> and <see cref="SubjectId"/>) and an optional name.</summary>
public sealed record CreateCalendarFeedRequest(CalendarFeedScope Scope, Guid? SubjectId, string? Name = null);
