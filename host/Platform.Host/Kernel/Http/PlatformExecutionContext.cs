using System.Diagnostics;
using Platform.Sdk.Execution;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// The actor and correlation id of the current scope. For HTTP requests both come from the request
/// (the authenticated principal once identity is in place, and the X-Correlation-Id header); event
/// deliveries and background work set them explicitly.
/// </summary>
internal sealed class PlatformExecutionContext(IHttpContextAccessor httpContextAccessor) : IExecutionContext
{
    public const string CorrelationHeader = "X-Correlation-Id";

    private Actor? _actor;
    private string? _correlationId;

    public Actor Actor => _actor ??= ActorFromRequest() ?? Actor.System;

    public string CorrelationId => _correlationId ??=
        httpContextAccessor.HttpContext?.Items[CorrelationHeader] as string
        ?? Activity.Current?.TraceId.ToString()
        ?? Guid.CreateVersion7().ToString("N");

    public void Set(Actor actor, string correlationId)
    {
        _actor = actor;
        _correlationId = correlationId;
    }

    private Actor? ActorFromRequest()
    {
        var user = httpContextAccessor.HttpContext?.User;
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        if (subject is null)
        {
            return null;
        }

        var kind = user.HasClaim(c => c.Type == "client_id") && user.FindFirst("sub")?.Value == user.FindFirst("client_id")?.Value
            ? ActorKind.Client
            : ActorKind.User;
        return new Actor(kind, subject, user.Identity.Name);
    }

    public static Actor ParseActor(string text)
    {
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !Enum.TryParse<ActorKind>(text[..separator], ignoreCase: true, out var kind))
        {
            return Actor.System;
        }

        return kind == ActorKind.System ? Actor.System : new Actor(kind, text[(separator + 1)..]);
    }
}
