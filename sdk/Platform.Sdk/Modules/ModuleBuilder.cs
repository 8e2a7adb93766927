using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Events;
using Platform.Sdk.Permissions;
using Platform.Sdk.Persistence;

namespace Platform.Sdk.Modules;

/// <summary>Collects everything a module contributes while <see cref="PlatformModule.Configure"/> runs.</summary>
public sealed class ModuleBuilder
{
    private readonly Dictionary<Type, Type> _capabilities = [];

    /// <summary>Creates a builder over the module's own container registrations.</summary>
    /// <param name="info">The module being configured.</param>
    /// <param name="services">The Autofac builder of the module's own lifetime scope.</param>
    public ModuleBuilder(ModuleInfo info, ContainerBuilder services)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(services);
        Info = info;
        Services = services;
        Events = new ModuleEventRegistrations(info.Id, services);
    }

    /// <summary>The module being configured.</summary>
    public ModuleInfo Info { get; }

    /// <summary>The module's service registrations. They are visible to the module only.</summary>
    public ContainerBuilder Services { get; }

    /// <summary>Integration events the module publishes and handles.</summary>
    public ModuleEventRegistrations Events { get; }

    /// <summary>Permissions the module declares.</summary>
    public PermissionRegistrations Permissions { get; } = new();

    /// <summary>The SDK capability contracts this module implements for the whole platform, each with its implementation type.</summary>
    public IReadOnlyDictionary<Type, Type> ProvidedCapabilities => _capabilities;

    /// <summary>The module's database, when it has one.</summary>
    public ModuleDatabaseDescriptor? Database { get; private set; }

    /// <summary>
    /// Implements a capability contract of the SDK (such as <see cref="People.IPeopleDirectory"/>) for the whole
    /// platform: every module that asks for <typeparamref name="TContract"/> gets this module's implementation instead of
    /// the host's default while this module runs. The implementation is created once in the module's scope and shared
    /// by concurrent callers, so it must be thread-safe; it may depend on the module's services (for a
    /// database context per call, take an <c>ILifetimeScope</c> and begin a scope per call).
    /// </summary>
    /// <typeparam name="TContract">An interface defined by the SDK.</typeparam>
    /// <typeparam name="TImplementation">The module's implementation.</typeparam>
    public ModuleBuilder ProvideCapability<TContract, TImplementation>()
        where TContract : class
        where TImplementation : class, TContract
    {
        if (!typeof(TContract).IsInterface || typeof(TContract).Assembly != typeof(ModuleBuilder).Assembly)
        {
            throw new ArgumentException($"{typeof(TContract).FullName} is not a capability contract of the SDK.", nameof(TContract));
        }

        if (!_capabilities.TryAdd(typeof(TContract), typeof(TImplementation)))
        {
            throw new InvalidOperationException($"Module '{Info.Id}' provides {typeof(TContract).Name} twice.");
        }

        Services.RegisterType<TImplementation>().AsSelf().SingleInstance();
        return this;
    }

    /// <summary>
    /// Gives the module a database: <typeparamref name="TContext"/> is the context the module's code
    /// uses; <paramref name="providers"/> names the provider-specific subclass that owns the
    /// migrations for each database provider.
    /// </summary>
    /// <typeparam name="TContext">The module's context type.</typeparam>
    /// <param name="providers">Maps each supported provider to its migrations-owning subclass.</param>
    public ModuleBuilder AddDatabase<TContext>(Action<ModuleDatabaseProviders<TContext>> providers)
        where TContext : ModuleDbContext
    {
        ArgumentNullException.ThrowIfNull(providers);
        if (Database is not null)
        {
            throw new InvalidOperationException($"Module '{Info.Id}' declares more than one database.");
        }

        var map = new ModuleDatabaseProviders<TContext>();
        providers(map);
        Database = new ModuleDatabaseDescriptor(Info.Id, typeof(TContext), ModuleSchemaAttribute.SchemaOf(typeof(TContext)), map.Types);
        var factory = new ModuleDbContextFactory(Database);
        Services.Register(c => (TContext)factory.Create(c))
            .As<TContext>()
            .As<ModuleDbContext>()
            .InstancePerLifetimeScope();
        return this;
    }
}
