using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Gantt;

/// <summary>The Gantt view: tasks, dependencies, milestones and the critical path for a date window in one call.</summary>
internal static class GanttFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
