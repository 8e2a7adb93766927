namespace Platform.Modules.Projects.Domain.Scheduling;

/// <summary>
/// A dependency between two tasks with a lag in working days (negative = lead). With the tasks as spans of working
/// days [Start, Finish + 1):
/// FinishToStart: the successor starts no earlier than the working day after the predecessor finishes, shifted by the lag;
/// StartToStart: the successor starts no earlier than the predecessor's start plus the lag;
/// FinishToFinish: the successor finishes no earlier than the predecessor's finish plus the lag;
/// StartToFinish: the successor finishes no earlier than the working day before the predecessor starts, shifted by the
/// lag (with lag 0 its last day is the day before the predecessor's first, as in MS Project).
/// </summary>
public sealed record SchedulableLink(Guid PredecessorId, Guid SuccessorId, DependencyType Type, int LagDays);
