using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel;

/// <summary>The host's settings, bound from the <c>Platform</c> configuration section.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>Where SQLite files and other local state live; relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public PluginOptions Plugins { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    public EventOptions Events { get; set; } = new();

    public LimitOptions Limits { get; set; } = new();

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);
}

public sealed class PluginOptions
{
    /// <summary>Folders scanned for plugins (one sub-folder per plugin); relative to the host's base directory.</summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>Ids of modules that are installed but switched off.</summary>
    public List<string> Disabled { get; set; } = [];

    public IEnumerable<string> FullPaths =>
        (Paths.Count == 0 ? ["plugins"] : Paths).Select(p => Path.GetFullPath(p, AppContext.BaseDirectory));
}

public sealed class DatabaseOptions
{
    /// <summary><c>sqlite</c> (default), <c>postgres</c> or <c>sqlserver</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The server connection string for postgres and sqlserver; unused for sqlite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a starting host waits for another host's migrations.</summary>
    public TimeSpan MigrationLockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public DatabaseProvider ParsedProvider => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
        _ => throw new InvalidOperationException(
            $"Platform:Database:Provider '{Provider}' is not supported; use sqlite, postgres or sqlserver."),
    };
}

public sealed class EventOptions
{
    /// <summary>
    /// Whether this host relays outboxes and delivers events. Turn it off on nodes that should only serve
    /// requests; committed events wait in the outboxes until a dispatching node picks them up.
    /// </summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often outboxes and due deliveries are checked when nothing signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Delivery attempts before an event is parked in the dead-letter list.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; doubled after each further one.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a host holds a delivery it is attempting. Another host retries it only after the lease ends,
    /// so it should exceed the longest handler run; a host that dies mid-attempt delays the retry this long.
    /// </summary>
    public TimeSpan DeliveryLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Relayed outbox rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);
}

public sealed class LimitOptions
{
    /// <summary>The largest request body accepted, in bytes (413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
