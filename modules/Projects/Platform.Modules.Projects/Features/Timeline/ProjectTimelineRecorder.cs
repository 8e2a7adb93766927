using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Events;

namespace Platform.Modules.Projects.Features.Timeline;

/// <summary>
/// Writes each project event into the project's timeline, with who caused it and when. It runs as a handler of the
/// module's own events rather than inside every use case, so no use case can forget it; the entry's id is the event's,
/// so a redelivered event is recorded once.
/// </summary>
internal sealed class ProjectTimelineRecorder<TEvent>(ProjectsDbContext db) : IIntegrationEventHandler<TEvent>
    where TEvent : IProjectEvent
{
    public async Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (await db.Activity.AnyAsync(a => a.Id == context.EventId, cancellationToken)
            || !await db.Projects.AnyAsync(p => p.Id == integrationEvent.ProjectId, cancellationToken))
        {
            return; // already recorded, or the project was deleted since
        }

        var summary = integrationEvent.Describe();
        db.Activity.Add(new ProjectActivity
        {
            Id = context.EventId,
            ProjectId = integrationEvent.ProjectId,
            TaskId = ((IProjectEvent)integrationEvent).TaskId,
            Event = context.Name,
            Summary = summary.Length <= ProjectActivity.SummaryMaxLength ? summary : summary[..(ProjectActivity.SummaryMaxLength - 1)] + "…",
            Actor = context.Actor,
            OccurredAt = context.OccurredAt,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
