using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Execution;

namespace Platform.Sdk.Persistence;

/// <summary>Creates the provider-specific context of a module with the host's provider settings.</summary>
internal static class ModuleDbContextFactory
{
    public static ModuleDbContext Create(IComponentContext services, ModuleDatabaseDescriptor database)
    {
        var configurator = services.Resolve<IDatabaseProviderConfigurator>();
        var contextType = database.ContextTypeFor(configurator.Provider);
        var options = NewOptionsBuilder(contextType);
        configurator.Configure(options, database);
        var context = (ModuleDbContext)Activator.CreateInstance(contextType, options.Options)!;
        context.Runtime = new ModuleDbContextRuntime(
            database.ModuleId,
            services.ResolveOptional<TimeProvider>() ?? TimeProvider.System,
            services.Resolve<IExecutionContext>(),
            services.ResolveOptional<IOutboxSignal>());
        return context;
    }

    /// <summary>A <c>DbContextOptionsBuilder&lt;T&gt;</c> for a context type known only at run time.</summary>
    public static DbContextOptionsBuilder NewOptionsBuilder(Type contextType) =>
        (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
}
