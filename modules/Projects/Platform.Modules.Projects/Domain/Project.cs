using Platform.Sdk.Persistence;

namespace Platform.Modules.Projects.Domain;

public enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
    Cancelled,
}

/// <summary>Who may see a project (and its tasks).</summary>
public enum ProjectVisibility
{
    /// <summary>Only its owner, its members and holders of <c>projects.manage</c>.</summary>
    Private,

    /// <summary>Everyone holding <c>projects.read</c>.</summary>
    Company,

    /// <summary>People of <see cref="Project.DepartmentId"/> and its sub-departments, besides members (needs a directory that knows departments).</summary>
    Department,
}

/// <summary>A body of work with a short key (e.g. WEB) that prefixes its task numbers.</summary>
public sealed class Project : IVersioned
{
    public const int KeyMaxLength = 10;
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 10_000;

    public Guid Id { get; set; }

    /// <summary>Upper-case letters and digits, unique across projects.</summary>
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public ProjectStatus Status { get; set; }

    public ProjectVisibility Visibility { get; set; } = ProjectVisibility.Company;

    /// <summary>The user who created the project; null when an API client (or the platform) created it.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>The department a <see cref="ProjectVisibility.Department"/> project is open to.</summary>
    public Guid? DepartmentId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? TargetDate { get; set; }

    /// <summary>The days of the week work happens on; Monday to Friday unless changed.</summary>
    public WorkingWeekdays WorkingWeekdays { get; set; } = WorkingWeekdays.MondayToFriday;

    /// <summary>The holiday calendar (of the organisation's directory, e.g. HR's location calendars) whose holidays are days off; null for none.</summary>
    public Guid? HolidayCalendarId { get; set; }

    /// <summary>The last task number handed out; task numbers are per project (WEB-1, WEB-2 …).</summary>
    public int LastTaskNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
