namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// A task's critical path figures: earliest and latest start and finish (inclusive working days), its total float in
/// working days (how far it can slip without moving the project's finish) and whether it is critical (float &lt;= 0).
/// </summary>
public sealed record TaskSchedule(Guid Id, DateOnly EarlyStart, DateOnly EarlyFinish, DateOnly LateStart, DateOnly LateFinish, int TotalFloatDays, bool IsCritical);
