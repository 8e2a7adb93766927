namespace Platform.Sdk.Persistence;

/// <summary>A module's database as the host sees it.</summary>
/// <param name="ModuleId">The owning module.</param>
/// <param name="ContextType">The context type the module's code uses.</param>
/// <param name="Schema">The schema (server databases) and SQLite file name.</param>
/// <param name="ProviderContextTypes">The migrations-owning subclass per provider.</param>
public sealed record ModuleDatabaseDescriptor(
    string ModuleId,
    Type ContextType,
    string Schema,
    IReadOnlyDictionary<DatabaseProvider, Type> ProviderContextTypes)
{
    /// <summary>The subclass to instantiate for <paramref name="provider"/>.</summary>
    /// <param name="provider">The configured provider.</param>
    /// <exception cref="NotSupportedException">The module has no migrations for that provider.</exception>
    public Type ContextTypeFor(DatabaseProvider provider) =>
        ProviderContextTypes.TryGetValue(provider, out var type)
            ? type
            : throw new NotSupportedException($"Module '{ModuleId}' does not support the {provider} provider.");
}
