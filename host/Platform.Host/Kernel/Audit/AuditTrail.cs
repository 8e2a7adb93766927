using System.Text.Json;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Execution;

namespace Platform.Host.Kernel.Audit;

/// <summary>
/// Records what the host itself does (sign-ins, lockouts, role, permission and client changes) in the audit
/// trail that module writes also reach through their outbox. Entries are written at once, in their own
/// transaction, so a failed sign-in is on record even though nothing else is saved.
/// </summary>
internal sealed class AuditTrail(PlatformDbContextFactory contexts, TimeProvider time, IExecutionContext execution)
{
    /// <summary>The module name host entries carry.</summary>
    public const string PlatformModule = "platform";

    /// <param name="entity">What was acted on, e.g. <c>user</c>, <c>role</c>, <c>client</c>.</param>
    /// <param name="entityId">Its id.</param>
    /// <param name="action">What happened, e.g. <c>signed-in</c>, <c>sign-in-failed</c>, <c>permissions-changed</c>.</param>
    /// <param name="details">Serialised as the entry's changes; never put secrets or passwords in it.</param>
    /// <param name="actor">Who did it; defaults to the current request's actor.</param>
    public async Task RecordAsync(string entity, string entityId, string action, object? details = null, Actor? actor = null, CancellationToken cancellationToken = default)
    {
        await using var platform = contexts.Create();
        platform.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            OccurredAt = time.GetUtcNow(),
            Actor = (actor ?? execution.Actor).ToString(),
            Module = PlatformModule,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            Changes = details is null ? "{}" : JsonSerializer.Serialize(details, JsonSerializerOptions.Web),
            CorrelationId = execution.CorrelationId,
        });
        await platform.SaveChangesAsync(cancellationToken);
    }
}
