namespace Platform.Modules.Projects.Domain;

/// <summary>A day off of one project (a company outing, a release freeze), on top of its weekdays and holiday calendar.</summary>
public sealed class ProjectNonWorkingDay
{
    public const int NameMaxLength = 100;

    public Guid ProjectId { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";
}
