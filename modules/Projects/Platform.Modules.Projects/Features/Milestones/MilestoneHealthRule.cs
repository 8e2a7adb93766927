using Platform.Modules.Projects.Domain;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>What the health of a milestone depends on about one of its linked tasks.</summary>
/// <param name="IsDone">Its status is in the Done category.</param>
/// <param name="Finish">Its forecast finish, if it is scheduled.</param>
/// <param name="IsCriticalWithoutFloat">It lies on the project's critical path with no working day to spare before the milestone.</param>
public sealed record MilestoneTaskFacts(bool IsDone, DateOnly? Finish, bool IsCriticalWithoutFloat);

/// <summary>
/// The computed status of a milestone. In order: Reached when every linked task is done (a milestone without tasks
/// is reached when someone marks it so); Missed when its date has passed without being reached; AtRisk when an open
/// linked task is forecast to finish after the milestone date, or sits on the critical path with no day to spare
/// before it (any delay of it delays the project and misses the milestone); OnTrack otherwise.
/// </summary>
public static class MilestoneHealthRule
{
    public static MilestoneHealth Evaluate(DateOnly date, bool markedReached, IReadOnlyCollection<MilestoneTaskFacts> tasks, DateOnly today)
    {
        var reached = tasks.Count > 0 ? tasks.All(t => t.IsDone) : markedReached;
        if (reached)
        {
            return MilestoneHealth.Reached;
        }

        if (today > date)
        {
            return MilestoneHealth.Missed;
        }

        var late = tasks.Any(t => !t.IsDone && (t.Finish > date || t.IsCriticalWithoutFloat));
        return late ? MilestoneHealth.AtRisk : MilestoneHealth.OnTrack;
    }

    /// <summary>
    /// Which event a change of health from <paramref name="reported"/> (the last one published) to
    /// <paramref name="current"/> calls for: reached on becoming Reached, slipped on becoming AtRisk or Missed (an
    /// AtRisk milestone that is then Missed slips again), none for a recovery to OnTrack or no change.
    /// </summary>
    public static MilestoneTransition TransitionOf(MilestoneHealth reported, MilestoneHealth current) =>
        reported == current ? MilestoneTransition.None
        : current == MilestoneHealth.Reached ? MilestoneTransition.Reached
        : current is MilestoneHealth.AtRisk or MilestoneHealth.Missed ? MilestoneTransition.Slipped
        : MilestoneTransition.None;
}

/// <summary>The event a change of a milestone's health publishes.</summary>
public enum MilestoneTransition
{
    None,
    Reached,
    Slipped,
}
