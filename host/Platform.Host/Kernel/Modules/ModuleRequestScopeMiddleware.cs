using Autofac;
using Autofac.Extensions.DependencyInjection;

namespace Platform.Host.Kernel.Modules;

/// <summary>
/// Runs each request to a module endpoint in a child of that module's scope (so handlers get the module's
/// services), and answers 503 for a module that is no longer running.
/// </summary>
internal sealed class ModuleRequestScopeMiddleware(RequestDelegate next, ModuleCatalog catalog)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<ModuleEndpointMetadata>();
        if (metadata is null)
        {
            await next(context);
            return;
        }

        var module = catalog.Find(metadata.ModuleId);
        if (module is not { State: ModuleState.Running, Scope: not null })
        {
            await ModuleUnavailable(module, metadata.ModuleId).ExecuteAsync(context);
            return;
        }

        var original = context.RequestServices;
        await using var scope = module.Scope.BeginLifetimeScope();
        context.RequestServices = new AutofacServiceProvider(scope);
        try
        {
            await next(context);
        }
        finally
        {
            context.RequestServices = original;
        }
    }

    public static IResult ModuleUnavailable(ModuleRuntime? module, string moduleId) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: $"Module '{moduleId}' is not available.",
            detail: module is null ? null : $"The module is {module.State}: {module.Reason}");
}
