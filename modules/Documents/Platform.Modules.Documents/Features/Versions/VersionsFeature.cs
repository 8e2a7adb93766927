using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Versions;

/// <summary>
/// Versions: the list, comparing two, restoring an old one as a new one, and retention (module-wide or per folder,
/// applied after each new version and daily).
/// </summary>
internal static class VersionsFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static VersionRetentionLoop? _loop;

    public static void Configure(ModuleBuilder module)
    {
        module.Services.Register(c =>
        {
            var options = c.Resolve<DocumentsOptions>();
            return new VersionRetention(options.KeepVersions, options.ThinVersionsAfterDays);
        }).SingleInstance();
        module.Services.RegisterType<FolderRetention>().InstancePerLifetimeScope();
        module.Services.RegisterType<VersionPruner>().InstancePerLifetimeScope();
        module.Services.RegisterType<VersionTextComparer>().InstancePerLifetimeScope();
        module.Services.RegisterType<VersionRetentionLoop>().AsSelf().SingleInstance();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        VersionEndpoints.Map(api);
        FolderRetentionEndpoints.Map(api);
    }

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _loop = services.GetRequiredService<ILifetimeScope>().Resolve<VersionRetentionLoop>();
        _loop.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_loop is { } loop)
        {
            _loop = null;
            await loop.StopAsync();
        }
    }
}
