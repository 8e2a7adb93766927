using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>iCalendar feeds of a project's or a person's tasks at secret-token URLs.</summary>
internal static class FeedsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
