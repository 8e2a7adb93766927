using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.TimeTracking;

/// <summary>Time tracking: time entries, the running timer, timesheets and totals against estimates.</summary>
internal static class TimeTrackingFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
