using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>Reports: progress, burndown and burnup, milestone health, time, overdue and at-risk tasks.</summary>
internal static class ReportsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
