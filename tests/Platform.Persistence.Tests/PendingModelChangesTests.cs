using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>A model change without a migration for every provider is caught here rather than at a customer's upgrade.</summary>
public sealed class PendingModelChangesTests
{
    [Theory]
    [MemberData(nameof(MigratedStores.SchemasAndProviders), MemberType = typeof(MigratedStores))]
    public void Migrations_cover_the_model(string schema, DatabaseProvider provider)
    {
        using var context = MigratedStores.Named(schema).CreateDesignTimeContext(provider);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(
            context.Database.HasPendingModelChanges(),
            $"The {schema} model has changes without a {provider} migration: run sdk/tools/add-migration.sh.");
    }
}
