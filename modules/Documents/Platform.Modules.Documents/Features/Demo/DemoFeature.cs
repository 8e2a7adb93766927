using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Demo;

/// <summary>Demo folders and real PDF and Word files in the company space, for a new installation to look around in.</summary>
internal static class DemoFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var root = services.GetRequiredService<ILifetimeScope>();
        if (!root.Resolve<DocumentsOptions>().SeedDemoData)
        {
            return;
        }

        await using var scope = root.BeginLifetimeScope();
        await DemoData.SeedAsync(scope, cancellationToken);
    }
}
