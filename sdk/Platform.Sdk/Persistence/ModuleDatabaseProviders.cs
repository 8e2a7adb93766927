namespace Platform.Sdk.Persistence;

/// <summary>Maps database providers to the subclasses of <typeparamref name="TContext"/> that own their migrations.</summary>
/// <typeparam name="TContext">The module's context type.</typeparam>
public sealed class ModuleDatabaseProviders<TContext>
    where TContext : ModuleDbContext
{
    private readonly Dictionary<DatabaseProvider, Type> _types = [];

    internal IReadOnlyDictionary<DatabaseProvider, Type> Types => _types;

    /// <summary>The subclass with the SQLite migrations.</summary>
    /// <typeparam name="T">A sealed subclass of the module context.</typeparam>
    public ModuleDatabaseProviders<TContext> Sqlite<T>() where T : TContext => Add<T>(DatabaseProvider.Sqlite);

    /// <summary>The subclass with the PostgreSQL migrations.</summary>
    /// <typeparam name="T">A sealed subclass of the module context.</typeparam>
    public ModuleDatabaseProviders<TContext> Postgres<T>() where T : TContext => Add<T>(DatabaseProvider.Postgres);

    /// <summary>The subclass with the SQL Server migrations.</summary>
    /// <typeparam name="T">A sealed subclass of the module context.</typeparam>
    public ModuleDatabaseProviders<TContext> SqlServer<T>() where T : TContext => Add<T>(DatabaseProvider.SqlServer);

    private ModuleDatabaseProviders<TContext> Add<T>(DatabaseProvider provider)
    {
        _types[provider] = typeof(T);
        return this;
    }
}
