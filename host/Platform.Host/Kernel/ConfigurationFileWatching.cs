namespace Platform.Host.Kernel;

/// <summary>
/// How the host notices edits to its configuration files (appsettings*.json): by polling those files every few seconds
/// rather than through the file system's change notifications. Those notifications watch the host's folder and every
/// folder below it, and the data folder is usually below it (the host is started from its own folder, and the data
/// folder is relative to the working directory). Every write of a blob or a database page would then wake the watcher,
/// and each of the blob store's folders (up to 65,536) would take one of the user's inotify watches, a limit many
/// systems set at 8,192.
/// </summary>
internal static class ConfigurationFileWatching
{
    /// <summary>The runtime's switch for its file providers, read when the first one is created.</summary>
    public const string PollingVariable = "DOTNET_USE_POLLING_FILE_WATCHER";

    /// <summary>Makes the configuration's file provider poll, unless the operator chose otherwise. Call before the host builder is created.</summary>
    public static void UsePolling()
    {
        if (Environment.GetEnvironmentVariable(PollingVariable) is null)
        {
            Environment.SetEnvironmentVariable(PollingVariable, "true");
        }
    }
}
