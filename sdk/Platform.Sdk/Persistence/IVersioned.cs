namespace Platform.Sdk.Persistence;

/// <summary>
/// An entity with an optimistic concurrency token. <see cref="ModuleDbContext"/> makes
/// <see cref="Version"/> a concurrency token and increments it on every update; HTTP endpoints expose it as an ETag.
/// </summary>
public interface IVersioned
{
    /// <summary>Incremented on every saved change.</summary>
    long Version { get; set; }
}
