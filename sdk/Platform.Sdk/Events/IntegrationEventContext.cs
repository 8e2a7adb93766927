using Platform.Sdk.Execution;

namespace Platform.Sdk.Events;

/// <summary>The envelope of an event being handled.</summary>
/// <param name="EventId">The event id; the same on every redelivery.</param>
/// <param name="Name">The event name.</param>
/// <param name="SourceModule">The module that published it.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Actor">Who caused it, as recorded (<c>user:42</c>).</param>
/// <param name="CorrelationId">The correlation id of the originating operation.</param>
/// <param name="Attempt">1 for the first delivery, higher on retries.</param>
public sealed record IntegrationEventContext(
    Guid EventId,
    string Name,
    string SourceModule,
    DateTimeOffset OccurredAt,
    string Actor,
    string CorrelationId,
    int Attempt);
