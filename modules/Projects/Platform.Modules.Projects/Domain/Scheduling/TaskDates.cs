namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>The scheduled dates of a task: whole working days, <see cref="Finish"/> inclusive.</summary>
public sealed record TaskDates(DateOnly Start, DateOnly Finish);
