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
            .WithDescription("The company space, and the department and project spaces where the caller may read the root folder or a folder below it (shared with them on its own), each with the caller's access level on the root (None when they see only something below it). Company first, then departments, then projects, by name.");
        spaces.MapGet("/{id:guid}", GetSpace.Handle)
            .RequirePermission(DocumentPermissions.Read)
            .WithSummary("Get a space")
            .WithDescription("Kind, name, owner (department or project), root folder and the caller's level on it. 404 when the caller may read nothing in it.");
        spaces.MapPost("/", CreateSpace.Handle)
            .RequirePermission(DocumentPermissions.Manage)
            .WithSummary("Create a department or project space")
            .WithDescription("{ kind: Department | Project, ownerId, name }. A department space needs a department the people directory knows (400 otherwise); its name defaults to the department's and its people get write access to its root. A project space needs a name; its creator gets manage access to its root. One space per owner: a second is a 409. The name follows the folder name rules (it is the root folder's name).");
    }

    public static async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        await CompanySpace.EnsureAsync(scope.Resolve<DocumentsDbContext>(), scope.Resolve<TimeProvider>(), cancellationToken);
    }
}
