using Platform.Host.Kernel.Storage;
using Platform.Sdk.Calendars;
using Platform.Sdk.Documents;
using Platform.Sdk.Storage;
using System.Text.Json.Serialization;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Json;
using Platform.Host.Identity;
using Platform.Host.Identity.Account;
using Platform.Host.Identity.Administration;
using Platform.Host.Identity.Endpoints;
using Platform.Host.Identity.Authentication;
using Platform.Host.Kernel.Audit;
using Platform.Host.Kernel.Composition;
using Platform.Host.Kernel.Events;
using Platform.Host.Kernel.Health;
using Platform.Host.Kernel.Http;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.OpenApi;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Execution;
using Platform.Sdk.Persistence;
using Swashbuckle.AspNetCore.SwaggerGen;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Platform.Host.Kernel;

/// <summary>Wires the kernel into the host: services, middleware and the platform's own endpoints.</summary>
internal static class PlatformKernelSetup
{
    public static void AddPlatformKernel(this WebApplicationBuilder builder)
    {
        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
        var services = builder.Services;
        services.AddOptions<PlatformOptions>().Bind(builder.Configuration.GetSection(PlatformOptions.Section));
        services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.Section));
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>().Configure<Microsoft.Extensions.Options.IOptions<SecurityOptions>>((hsts, security) =>
        {
            hsts.MaxAge = security.Value.HstsMaxAge;
            hsts.IncludeSubDomains = security.Value.HstsIncludeSubDomains;
        });
        services.AddSingleton<IMemoryPoolFactory<byte>, KestrelBufferPoolFactory>();
        services.AddHttpContextAccessor();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? c.HttpContext.TraceIdentifier);
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.RespectNullableAnnotations = true;
            o.SerializerOptions.RespectRequiredConstructorParameters = true;
        });
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen();
        services.AddSingleton<SwaggerDocuments>();
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<SwaggerGenOptions>>(sp => sp.GetRequiredService<SwaggerDocuments>());
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<SwaggerUIOptions>>(sp => sp.GetRequiredService<SwaggerDocuments>());
        services.AddHealthChecks()
            .AddCheck<KernelReadiness>("kernel", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<PlatformDatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<ModulesHealthCheck>("modules", tags: [HealthEndpoints.ReadyTag]);
        services.AddHostedService<EventDispatcher>();
        services.AddHostedService<ModuleShutdown>();
        services.AddPlatformIdentity(builder.Configuration);
        services.AddPlatformSignIn(builder.Configuration);
        services.AddIdentityAdministration(builder.Configuration);
        services.KeepTokensOutOfLogs();

        // Last, once every registration is in: library services (OpenIddict alone registers hundreds of handlers)
        // get their constructors prepared on first use instead of while the container is built.
        DeferredConstruction.Apply(services);

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterInstance(TimeProvider.System).As<TimeProvider>().IfNotRegistered(typeof(TimeProvider));
            container.RegisterType<ModuleCatalog>().SingleInstance();
            container.RegisterType<KernelReadiness>().SingleInstance();
            container.RegisterType<ModuleEndpointDataSource>().SingleInstance();
            container.RegisterType<ModuleKernel>().SingleInstance();
            container.RegisterType<CapabilityRegistry>().SingleInstance();
            // Holiday calendars: a module's when one provides them (HR), else none.
            container.Register(c => c.Resolve<CapabilityRegistry>().Find<IHolidayCalendars>() ?? new NoHolidayCalendars())
                .As<IHolidayCalendars>().InstancePerLifetimeScope();
            // Blob storage: a module's when one provides it, else files in the data folder.
            container.RegisterType<FileSystemBlobStorage>().SingleInstance();
            container.Register(c => c.Resolve<CapabilityRegistry>().Find<IBlobStorage>() ?? c.Resolve<FileSystemBlobStorage>())
                .As<IBlobStorage>().InstancePerLifetimeScope();
            // Documents for other modules' attachments: the Documents module's, else none.
            container.Register(c => c.Resolve<CapabilityRegistry>().Find<IDocumentLibrary>() ?? new NoDocumentLibrary())
                .As<IDocumentLibrary>().InstancePerLifetimeScope();
            container.RegisterType<ModuleMigrator>().SingleInstance();
            container.RegisterType<MigrationLock>().SingleInstance();
            container.RegisterType<DatabaseProviderConfigurator>().AsSelf().As<IDatabaseProviderConfigurator>().SingleInstance();
            container.RegisterType<PlatformDbContextFactory>().SingleInstance();
            container.RegisterType<OutboxSignal>().AsSelf().As<IOutboxSignal>().SingleInstance();
            container.RegisterType<EventCatalog>().SingleInstance();
            container.RegisterType<OutboxRelay>().SingleInstance();
            container.RegisterType<DeliveryProcessor>().SingleInstance();
            container.RegisterType<ModuleHandlerInvoker>().SingleInstance();
            container.RegisterType<AuditTrail>().InstancePerLifetimeScope();
            container.RegisterType<PlatformExecutionContext>().AsSelf().As<IExecutionContext>().InstancePerLifetimeScope();
        });
    }

    /// <summary>
    /// Middleware order matters: security headers and HTTPS first, then errors, limits, routing, Swagger, authentication (which also serves the
    /// OpenID Connect server's endpoints) and authorization (the fallback policy requires an authenticated caller for
    /// every endpoint that does not say otherwise), the module scope, endpoints.
    /// </summary>
    public static void UsePlatformPipeline(this WebApplication app)
    {
        // Security headers go on every response, so they come first; HTTPS outside Development unless configured off.
        app.UseMiddleware<SecurityHeadersMiddleware>();
        var security = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        if (security.Hsts ?? !app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (security.HttpsRedirection ?? !app.Environment.IsDevelopment())
        {
            app.UseHttpsRedirection();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<StartupGateMiddleware>();
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        // Only /swagger requests reach the Swagger middleware, so nothing reads the generator's options (and
        // caches a document list without modules) while modules are still loading. The API's description is public
        // (it sits before authorization, which would otherwise apply the fallback policy); every operation is not.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/swagger"), swagger =>
        {
            swagger.UseSwagger();
            swagger.UseSwaggerUI();
        });
        app.UseSignInRateLimits();
        app.UsePlatformAuthentication();
        app.UseAuthorization();
        app.UseSignInForms();
        app.UseMiddleware<ModuleRequestScopeMiddleware>();

        ((IEndpointRouteBuilder)app).DataSources.Add(app.Services.GetRequiredService<ModuleEndpointDataSource>());
        app.MapPlatformHealth();
        var platform = app.MapGroup("/api/platform").WithGroupName(SwaggerDocuments.PlatformDocument);
        platform.MapModuleEndpoints();
        platform.MapEventEndpoints();
        platform.MapAuditEndpoints();
        platform.MapMeEndpoint();
        platform.MapAntiforgeryEndpoint();
        platform.MapAdministrationEndpoints();
        app.MapTokenEndpoint();
        app.MapPlatformSignIn();

        // Anything else under /api: a module that is not running says so (503); the rest is a plain 404.
        app.Map("/api/{moduleId}/{**rest}", (string moduleId, ModuleCatalog catalog) =>
            catalog.Find(moduleId) is { State: not ModuleState.Running } module
                ? ModuleRequestScopeMiddleware.ModuleUnavailable(module, moduleId)
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found.", detail: "No endpoint matches this path."))
            .WithOrder(int.MaxValue)
            .ExcludeFromDescription();
    }
    /// <summary>
    /// Loads the modules in the background. If the kernel itself cannot load (e.g. the platform database is
    /// unreachable) the host logs why and stops with exit code 1 instead of serving a half-started platform.
    /// </summary>
    public static void StartLoadingModules(this WebApplication app, ModuleKernel kernel)
    {
        var readiness = app.Services.GetRequiredService<KernelReadiness>();
        var routes = app.Services.GetRequiredService<ModuleEndpointDataSource>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Platform.Kernel");
        _ = Task.Run(async () =>
        {
            try
            {
                await kernel.LoadAsync(KernelMode.Run, app, routes, app.Lifetime.ApplicationStopping);
                readiness.MarkReady();
            }
            catch (Exception ex) when (!app.Lifetime.ApplicationStopping.IsCancellationRequested)
            {
                logger.LogCritical(ex, "Loading modules failed; the host stops");
                readiness.MarkFailed(ex);
                Environment.ExitCode = 1;
                app.Lifetime.StopApplication();
            }
        });
    }
}

/// <summary>Stops running modules in reverse dependency order when the host shuts down.</summary>
internal sealed class ModuleShutdown(ModuleKernel kernel) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => kernel.StopAsync(cancellationToken);
}
