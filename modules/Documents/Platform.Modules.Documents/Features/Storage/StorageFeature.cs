using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Storage;

/// <summary>Blob housekeeping: the hourly sweep of expired uploads and unreferenced blobs.</summary>
internal static class StorageFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static StorageSweep? _sweep;

    public static void Configure(ModuleBuilder module) =>
        module.Services.RegisterType<StorageSweep>().AsSelf().SingleInstance();

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _sweep = services.GetRequiredService<ILifetimeScope>().Resolve<StorageSweep>();
        _sweep.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_sweep is { } sweep)
        {
            _sweep = null;
            await sweep.StopAsync();
        }
    }
}
