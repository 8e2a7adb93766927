using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Scheduling;

/// <summary>Scheduling: dependencies, automatic (re)scheduling, backward planning and the critical path.</summary>
internal static class SchedulingFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
