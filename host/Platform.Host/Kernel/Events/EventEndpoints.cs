using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Access;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Kernel.Events;

/// <summary>A delivery parked after its last failed attempt.</summary>
public sealed record DeadLetterDto(
    Guid Id,
    Guid EventId,
    string EventName,
    string SourceModule,
    string Consumer,
    int Attempts,
    string? LastError,
    DateTimeOffset OccurredAt,
    DateTimeOffset UpdatedAt,
    string CorrelationId,
    string Payload);

internal static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder platform)
    {
        var events = platform.MapGroup("/events").WithTags("Events");
        events.MapGet("/types", (EventCatalog catalog) => TypedResults.Ok(catalog.Describe()))
            .RequirePermission(PlatformPermissions.EventsRead)
            .WithSummary("Event catalogue")
            .WithDescription("Every integration event type published by a running module, with the JSON schema of its payload and the consumers that handle it.");
        events.MapGet("/dead-letters", ListDeadLetters)
            .RequirePermission(PlatformPermissions.EventsRead)
            .WithSummary("List dead-lettered deliveries")
            .WithDescription("Deliveries that failed on every allowed attempt, newest first, with the last error and the event payload. Filter by consumer or event name.");
        events.MapPost("/dead-letters/{id:guid}/replay", Replay)
            .RequirePermission(PlatformPermissions.EventsReplay)
            .WithSummary("Replay a dead-lettered delivery")
            .WithDescription("Puts the delivery back in the queue with a fresh attempt budget; the consumer's inbox still prevents double processing.");
    }

    private static async Task<Results<Ok<PagedResult<DeadLetterDto>>, ValidationProblem>> ListDeadLetters(
        [AsParameters] PageRequest paging,
        string? consumer,
        string? eventName,
        PlatformDbContextFactory contexts,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        paging.Validate(errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var platform = contexts.Create();
        var query =
            from d in platform.Deliveries.AsNoTracking()
            join e in platform.Events.AsNoTracking() on d.EventId equals e.Id
            where d.Status == DeliveryStatus.DeadLettered
            select new { d, e };
        if (!string.IsNullOrWhiteSpace(consumer))
        {
            query = query.Where(x => x.d.Consumer == consumer);
        }

        if (!string.IsNullOrWhiteSpace(eventName))
        {
            query = query.Where(x => x.e.Name == eventName);
        }

        var page = await query
            .OrderByDescending(x => x.d.UpdatedAt).ThenByDescending(x => x.d.Id)
            .Select(x => new DeadLetterDto(x.d.Id, x.e.Id, x.e.Name, x.e.SourceModule, x.d.Consumer, x.d.Attempts, x.d.LastError,
                x.e.OccurredAt, x.d.UpdatedAt, x.e.CorrelationId, x.e.Payload))
            .ToPagedResultAsync(paging, dto => dto, cancellationToken);
        return TypedResults.Ok(page);
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> Replay(
        Guid id, PlatformDbContextFactory contexts, OutboxSignal signal, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var platform = contexts.Create();
        var delivery = await platform.Deliveries.FindAsync([id], cancellationToken);
        if (delivery is null)
        {
            return ApiProblems.NotFound("Dead letter", id);
        }

        if (delivery.Status != DeliveryStatus.DeadLettered)
        {
            return ApiProblems.Conflict("Only dead-lettered deliveries can be replayed.", $"This delivery is {delivery.Status}.");
        }

        var now = time.GetUtcNow();
        delivery.Status = DeliveryStatus.Pending;
        delivery.Attempts = 0;
        delivery.NextAttemptAt = now;
        delivery.UpdatedAt = now;
        await platform.SaveChangesAsync(cancellationToken);
        signal.Wake();
        return TypedResults.Accepted($"/api/platform/events/dead-letters/{id}");
    }
}
