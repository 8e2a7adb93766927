namespace Platform.Host.Kernel.Persistence;

/// <summary>The version of a module whose migrations are applied in this database.</summary>
public sealed class ModuleInstallation
{
    public string ModuleId { get; set; } = "";

    public string Version { get; set; } = "";

    public DateTimeOffset InstalledAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One install or upgrade of a module.</summary>
public sealed class ModuleVersionChange
{
    public Guid Id { get; set; }

    public string ModuleId { get; set; } = "";

    public string? FromVersion { get; set; }

    public string ToVersion { get; set; } = "";

    public DateTimeOffset At { get; set; }

    /// <summary>Names of the migrations applied by this change, comma-separated.</summary>
    public string AppliedMigrations { get; set; } = "";
}

/// <summary>An integration event as relayed from a module's outbox; the source of every delivery.</summary>
public sealed class EventRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string SourceModule { get; set; } = "";

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Actor { get; set; } = "";

    public string CorrelationId { get; set; } = "";

    public string Payload { get; set; } = "{}";
}

public enum DeliveryStatus
{
    Pending = 0,
    Delivered = 1,
    DeadLettered = 2,
}

/// <summary>The delivery of one event to one consumer, retried with backoff until it succeeds or is parked.</summary>
public sealed class EventDelivery
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public string Consumer { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A change made through a module's context: who, when, what, old and new values.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string Actor { get; set; } = "";

    public string Module { get; set; } = "";

    public string Entity { get; set; } = "";

    public string EntityId { get; set; } = "";

    public string Action { get; set; } = "";

    /// <summary>JSON object: property → { old, new }.</summary>
    public string Changes { get; set; } = "{}";

    public string CorrelationId { get; set; } = "";
}
