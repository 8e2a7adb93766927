namespace Platform.Sdk.Persistence;

/// <summary>What an outbox row carries.</summary>
public enum OutboxMessageKind
{
    /// <summary>An integration event for other modules, workflows and webhooks.</summary>
    Event = 0,

    /// <summary>An audit record of a change made through the context.</summary>
    Audit = 1,
}

/// <summary>
/// A row of the transactional outbox, written in the same transaction as the change that caused it.
/// The host's dispatcher relays it to the platform (event log, deliveries, audit trail) and then marks it dispatched.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the relay reads rows in this order.</summary>
    public long Sequence { get; set; }

    /// <summary>The event or audit entry id (GUID v7).</summary>
    public Guid Id { get; set; }

    /// <summary>Event or audit.</summary>
    public OutboxMessageKind Kind { get; set; }

    /// <summary>The event name (<c>projects.task-created.v1</c>) or the audited entity type.</summary>
    public string Type { get; set; } = "";

    /// <summary>When the change happened (UTC).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The actor, as <see cref="Execution.Actor.ToString"/> renders it.</summary>
    public string Actor { get; set; } = "";

    /// <summary>The correlation id of the operation.</summary>
    public string CorrelationId { get; set; } = "";

    /// <summary>The JSON payload.</summary>
    public string Payload { get; set; } = "{}";

    /// <summary>Set once the relay handed the row to the platform.</summary>
    public DateTimeOffset? DispatchedAt { get; set; }
}
