using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Platform.Sdk.Events;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Turns the tracked changes and queued events of a context into outbox rows just before they are saved,
/// so they commit (or roll back) together with the change itself.
/// </summary>
internal static class OutboxWriter
{
    public static int Write(ModuleDbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var runtime = context.Runtime;
        var now = runtime.Time.GetUtcNow();
        var actor = runtime.Execution.Actor.ToString();
        var correlationId = runtime.Execution.CorrelationId;
        var rows = new List<OutboxMessage>();

        foreach (var entry in context.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is OutboxMessage or InboxRecord ||
                entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && entry.Entity is IVersioned versioned)
            {
                versioned.Version++;
            }

            var audit = DescribeChange(entry);
            if (audit is null)
            {
                continue;
            }

            rows.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(now),
                Kind = OutboxMessageKind.Audit,
                Type = entry.Metadata.ClrType.Name,
                OccurredAt = now,
                Actor = actor,
                CorrelationId = correlationId,
                Payload = audit.ToJsonString(),
            });
        }

        foreach (var integrationEvent in context.PendingEvents)
        {
            var type = integrationEvent.GetType();
            rows.Add(new OutboxMessage
            {
                Id = Guid.CreateVersion7(now),
                Kind = OutboxMessageKind.Event,
                Type = IntegrationEventAttribute.NameOf(type),
                OccurredAt = now,
                Actor = actor,
                CorrelationId = correlationId,
                Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventJson.Options),
            });
        }

        context.Outbox.AddRange(rows);
        return rows.Count;
    }

    /// <summary>The value as the audit trail may show it: binary content as its length, redacted properties as a placeholder.</summary>
    private static object? Audited(PropertyEntry property, object? value) => value switch
    {
        null => null,
        byte[] bytes => $"{AuditRedactedAttribute.Placeholder} ({bytes.Length} bytes)",
        _ when property.Metadata.PropertyInfo?.IsDefined(typeof(AuditRedactedAttribute), inherit: true) == true => AuditRedactedAttribute.Placeholder,
        _ => value,
    };

    private static bool ValuesEqual(object? original, object? current) =>
        original is byte[] a && current is byte[] b ? a.AsSpan().SequenceEqual(b) : Equals(original, current);

    private static JsonObject? DescribeChange(EntityEntry entry)
    {
        var changes = new JsonObject();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == nameof(IVersioned.Version) && entry.Entity is IVersioned)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    changes[property.Metadata.Name] = Change(null, Audited(property, property.CurrentValue));
                    break;
                case EntityState.Deleted:
                    changes[property.Metadata.Name] = Change(Audited(property, property.OriginalValue), null);
                    break;
                case EntityState.Modified when property.IsModified && !ValuesEqual(property.OriginalValue, property.CurrentValue):
                    changes[property.Metadata.Name] = Change(Audited(property, property.OriginalValue), Audited(property, property.CurrentValue));
                    break;
            }
        }

        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey();
        var entityId = key is null
            ? ""
            : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        return new JsonObject
        {
            ["entity"] = entry.Metadata.ClrType.Name,
            ["entityId"] = entityId,
            ["action"] = entry.State switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => "updated",
            },
            ["changes"] = changes,
        };
    }

    private static JsonObject Change(object? oldValue, object? newValue) => new()
    {
        ["old"] = ToNode(oldValue),
        ["new"] = ToNode(newValue),
    };

    private static JsonNode? ToNode(object? value) =>
        value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), IntegrationEventJson.Options);
}
