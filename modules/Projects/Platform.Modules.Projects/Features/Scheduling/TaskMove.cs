using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>A task whose dates rescheduling changed, with the dates it had before.</summary>
internal sealed record TaskMove(ProjectTask Task, DateOnly? OldStart, DateOnly? OldFinish);
