using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>Spaces: the company space (ensured at start), department and project spaces, each with its root folder and default access.</summary>
internal static class SpacesFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var spaces = api.MapGroup("/spaces").WithTags("Spaces");
        spaces.MapGet("/", ListSpaces.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("List the spaces one may open")
            .WithDescription("The company space, and the department and project spaces whose root folder the caller may read, each with the caller's access level on it.");
    }

    public static async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        await CompanySpace.EnsureAsync(scope.Resolve<DocumentsDbContext>(), scope.Resolve<TimeProvider>(), cancellationToken);
    }

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
