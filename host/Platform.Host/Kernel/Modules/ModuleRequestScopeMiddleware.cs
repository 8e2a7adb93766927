using Autofac;
using Autofac.Extensions.DependencyInjection;
using Platform.Host.Kernel.Http;

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
            if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !context.Response.HasStarted &&
                BindingFailureProblem.Describe(context) is { Count: > 0 } errors)
            {
                await TypedResults.ValidationProblem(errors, title: "The request is invalid.").ExecuteAsync(context);
            }
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
