using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Access;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;

namespace Platform.Host.Kernel.Audit;

/// <summary>One recorded change.</summary>
public sealed record AuditEntryDto(
    Guid Id,
    DateTimeOffset OccurredAt,
    string Actor,
    string Module,
    string Entity,
    string EntityId,
    string Action,
    JsonElement Changes,
    string CorrelationId);

internal static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder platform)
    {
        platform.MapGet("/audit", Query)
            .RequirePermission(PlatformPermissions.AuditRead)
            .WithTags("Audit")
            .WithSummary("Query the audit trail")
            .WithDescription("Every write made through a module's context: who, when, module, entity, id and the changed values (old and new). Newest first; filter by module, entity, entity id, actor, correlation id and a time range.");
    }

    private static async Task<Results<Ok<PagedResult<AuditEntryDto>>, ValidationProblem>> Query(
        [AsParameters] PageRequest paging,
        string? module,
        string? entity,
        string? entityId,
        string? actor,
        string? correlationId,
        DateTimeOffset? from,
        DateTimeOffset? to,
        PlatformDbContextFactory contexts,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        paging.Validate(errors);
        errors.Require(from is null || to is null || from <= to, "from", "from must not be after to.");
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        await using var platform = contexts.Create();
        var query = platform.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(module))
        {
            query = query.Where(a => a.Module == module);
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(a => a.Entity == entity);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(a => a.EntityId == entityId);
        }

        if (!string.IsNullOrWhiteSpace(actor))
        {
            query = query.Where(a => a.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(correlationId))
        {
            query = query.Where(a => a.CorrelationId == correlationId);
        }

        if (from is { } start)
        {
            var utc = start.ToUniversalTime();
            query = query.Where(a => a.OccurredAt >= utc);
        }

        if (to is { } end)
        {
            var utc = end.ToUniversalTime();
            query = query.Where(a => a.OccurredAt <= utc);
        }

        var page = await query
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .ToPagedResultAsync(paging, a => new AuditEntryDto(
                a.Id, a.OccurredAt, a.Actor, a.Module, a.Entity, a.EntityId, a.Action,
                JsonDocument.Parse(a.Changes).RootElement.Clone(), a.CorrelationId), cancellationToken);
        return TypedResults.Ok(page);
    }
}
