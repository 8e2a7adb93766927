namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>What an import created (or, in a dry run, would create): counts, every task with its number, and warnings about what was left out.</summary>
public sealed record TaskImportResult(
    bool DryRun,
    int TasksCreated,
    int DependenciesCreated,
    int MilestonesCreated,
    int DaysOffCreated,
    IReadOnlyList<ImportedTaskDto> Tasks,
    IReadOnlyList<string> Warnings);

/// <summary>One imported task: its row in the file, the number it gets, and where it landed.</summary>
public sealed record ImportedTaskDto(int Row, Guid Id, int Number, string Title, int? ParentNumber, string Status, DateOnly? StartDate, DateOnly? DueDate, int? DurationDays, string? Milestone);
