using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Transfer.Mspdi;

/// <summary>
/// A project as an MS Project XML (MSPDI) file carries it, reduced to what the Projects module keeps. The reader
/// produces it from a file and the writer writes it, so the two directions share one shape and round-trip.
/// </summary>
internal sealed record MspdiProject(string? Name, MspdiCalendar? Calendar, IReadOnlyList<MspdiTask> Tasks);

/// <summary>
/// One task row of the file, in outline order. <see cref="ParentUid"/> is the enclosing summary task (null at the top
/// level); <see cref="DurationDays"/> is in working days at 8 hours a day; dates are the calendar days of the start and
/// the (inclusive) finish.
/// </summary>
internal sealed record MspdiTask(
    int Uid,
    string Name,
    int? ParentUid,
    DateOnly? Start,
    DateOnly? Finish,
    int DurationDays,
    bool IsMilestone,
    int PercentComplete,
    bool Manual,
    string? Notes,
    IReadOnlyList<MspdiLink> Predecessors);

/// <summary>A predecessor link of a task, with its lag converted to whole working days.</summary>
internal sealed record MspdiLink(int PredecessorUid, DependencyType Type, int LagDays);

/// <summary>The project calendar: which weekdays are worked, and the days off (exceptions without working time).</summary>
internal sealed record MspdiCalendar(IReadOnlyList<DayOfWeek> WorkingWeekdays, IReadOnlyList<MspdiDayOff> DaysOff);

/// <summary>A day off of the project calendar.</summary>
internal sealed record MspdiDayOff(DateOnly Date, string? Name);

/// <summary>A problem found in an MSPDI file: where (a task by UID, a link, the calendar or the file) and what.</summary>
internal sealed record MspdiError(string Field, string Message);
