using System.Reflection;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Execution;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Creates the provider-specific context of one module with the host's provider settings. The options and the
/// constructor are prepared once and shared by every context the module creates: options are immutable, and
/// building them per request (provider extension, connection string, EF's service-provider lookup) cost more
/// than the query that followed.
/// </summary>
internal sealed class ModuleDbContextFactory(ModuleDatabaseDescriptor database)
{
    private Prepared? _prepared;

    public ModuleDbContext Create(IComponentContext services)
    {
        var configurator = services.Resolve<IDatabaseProviderConfigurator>();
        var prepared = _prepared;
        if (prepared is null || !ReferenceEquals(prepared.Configurator, configurator))
        {
            _prepared = prepared = Prepare(configurator);
        }

        var context = (ModuleDbContext)prepared.Constructor.Invoke(prepared.Options);
        context.Runtime = new ModuleDbContextRuntime(
            database.ModuleId,
            services.ResolveOptional<TimeProvider>() ?? TimeProvider.System,
            services.Resolve<IExecutionContext>(),
            services.ResolveOptional<IOutboxSignal>());
        return context;
    }

    private Prepared Prepare(IDatabaseProviderConfigurator configurator)
    {
        var contextType = database.ContextTypeFor(configurator.Provider);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        configurator.Configure(builder, database);
        var optionsType = typeof(DbContextOptions<>).MakeGenericType(contextType);
        var constructor = contextType.GetConstructor([optionsType]) ?? contextType.GetConstructor([typeof(DbContextOptions)])
            ?? throw new InvalidOperationException($"{contextType} needs a public constructor taking {optionsType.Name}.");
        return new Prepared(configurator, builder.Options, ConstructorInvoker.Create(constructor));
    }

    private sealed record Prepared(IDatabaseProviderConfigurator Configurator, DbContextOptions Options, ConstructorInvoker Constructor);
}
