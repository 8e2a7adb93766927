namespace Platform.Sdk.Execution;

/// <summary>Who performs an operation.</summary>
public enum ActorKind
{
    /// <summary>The platform itself (startup, background work without a user).</summary>
    System,

    /// <summary>A signed-in person.</summary>
    User,

    /// <summary>An API client acting on its own behalf.</summary>
    Client,
}

/// <summary>The actor recorded on events and audit entries.</summary>
/// <param name="Kind">User, client or system.</param>
/// <param name="Id">Stable identifier of the actor.</param>
/// <param name="DisplayName">A readable name, when known.</param>
public sealed record Actor(ActorKind Kind, string Id, string? DisplayName = null)
{
    /// <summary>The platform acting on its own.</summary>
    public static Actor System { get; } = new(ActorKind.System, "system", "System");

    /// <summary>The form stored in events and audit entries, e.g. <c>user:42</c>.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Id}";
}
