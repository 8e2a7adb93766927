using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Platform.Sdk.Storage;

namespace Platform.Host.Kernel.Storage;

/// <summary>
/// The host's default blob storage: one folder per container under <c>{data}/blobs</c>. Used when no module provides
/// <see cref="IBlobStorage"/>.
/// </summary>
internal sealed partial class FileSystemBlobStorage(IOptions<PlatformOptions> options, TimeProvider time) : IBlobStorage
{
    public const string Folder = "blobs";

    private readonly ConcurrentDictionary<string, FileSystemBlobContainer> _containers = new(StringComparer.Ordinal);

    public IBlobContainer GetContainer(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!ContainerName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a container name: lower-case letters, digits and '-' only.", nameof(name));
        }

        return _containers.GetOrAdd(name, n => new FileSystemBlobContainer(Path.Combine(options.Value.DataDirectoryFullPath, Folder, n), time));
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex ContainerName();
}
