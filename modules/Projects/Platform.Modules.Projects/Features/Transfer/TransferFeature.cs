using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Transfer;

/// <summary>Import and export: CSV, XLSX and MS Project XML.</summary>
internal static class TransferFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
