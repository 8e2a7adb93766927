using System.Diagnostics;
using Platform.Host.Identity.Access;
using Platform.Sdk.Execution;

namespace Platform.Host.Kernel.Http;

/// <summary>
/// The actor and correlation id of the current scope. For HTTP requests both come from the request
/// (the authenticated user or client, and the X-Correlation-Id header); event deliveries and background work set
/// them explicitly.
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

    /// <summary>The same reading of the principal that permission checks use: a user (by id) or a client on its own.</summary>
    private Actor? ActorFromRequest() => CallerPrincipal.Parse(httpContextAccessor.HttpContext?.User).ToActor();

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
