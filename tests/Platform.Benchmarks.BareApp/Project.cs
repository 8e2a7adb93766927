namespace Platform.Benchmarks.BareApp;

public enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
    Cancelled,
}

/// <summary>Same columns as the Projects module's project row.</summary>
public sealed class Project
{
    public Guid Id { get; set; }

    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public ProjectStatus Status { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? TargetDate { get; set; }

    public int LastTaskNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}

public sealed record ProjectDto(
    Guid Id,
    string Key,
    string Name,
    string? Description,
    ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? TargetDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    public static ProjectDto From(Project p) =>
        new(p.Id, p.Key, p.Name, p.Description, p.Status, p.StartDate, p.TargetDate, p.CreatedAt, p.UpdatedAt, p.Version);
}
