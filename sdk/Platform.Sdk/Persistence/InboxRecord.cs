namespace Platform.Sdk.Persistence;

/// <summary>
/// Marks an event as processed by one consumer. Written in the same transaction as the consumer's own
/// changes, so a redelivered event is recognised and skipped.
/// </summary>
public sealed class InboxRecord
{
    /// <summary>The event id.</summary>
    public Guid EventId { get; set; }

    /// <summary>The consumer (module and handler) that processed it.</summary>
    public string Consumer { get; set; } = "";

    /// <summary>When it was processed (UTC).</summary>
    public DateTimeOffset ProcessedAt { get; set; }
}
