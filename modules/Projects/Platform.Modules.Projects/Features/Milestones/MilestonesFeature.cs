using Autofac;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Projects.Events;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Milestones;

/// <summary>Milestones: dated checkpoints, their linked tasks and health.</summary>
internal static class MilestonesFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static MilestoneHealthLoop? _healthLoop;

    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<MilestoneHealthChecker>().InstancePerLifetimeScope();
        module.Services.RegisterType<MilestoneHealthLoop>().AsSelf().SingleInstance();
        module.Events
            .Publishes<MilestoneReached>()
            .Publishes<MilestoneSlipped>();
    }

    public static void Map(IEndpointRouteBuilder api) => MilestoneEndpoints.Map(api);

    public static Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        _healthLoop = services.GetRequiredService<ILifetimeScope>().Resolve<MilestoneHealthLoop>();
        _healthLoop.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_healthLoop is { } loop)
        {
            _healthLoop = null;
            await loop.StopAsync();
        }
    }
}
