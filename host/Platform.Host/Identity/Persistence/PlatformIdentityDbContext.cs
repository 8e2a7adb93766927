using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenIddict.EntityFrameworkCore.Models;
using Platform.Host.Identity.Access;

namespace Platform.Host.Identity.Persistence;

/// <summary>
/// The identity store: users, roles and OpenIddict's applications, authorizations, scopes and tokens.
/// Kept apart from the platform store (own schema, own SQLite file, own history table) so it can evolve on its
/// own. Like every context it has one subclass per provider owning that provider's migrations.
/// </summary>
public abstract class PlatformIdentityDbContext(DbContextOptions options)
    : IdentityDbContext<PlatformUser, PlatformRole, Guid>(options)
{
    public const string Schema = "identity";

    /// <summary>Permissions whose default role grants have been applied once.</summary>
    public DbSet<SeededPermission> SeededPermissions => Set<SeededPermission>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        if (Database.IsSqlite())
        {
            // Keeps UTC timestamps comparable and sortable in SQLite (see PlatformDbContext).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        if (!Database.IsSqlite())
        {
            builder.HasDefaultSchema(Schema);
        }

        // Table names follow the platform's snake_case convention instead of the AspNet*/OpenIddict* defaults.
        builder.Entity<PlatformUser>(e =>
        {
            e.ToTable("users");
            e.Property(u => u.DisplayName).HasMaxLength(200);
        });
        builder.Entity<PlatformRole>(e =>
        {
            e.ToTable("roles");
            e.Property(r => r.Description).HasMaxLength(500);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<SeededPermission>(e =>
        {
            e.ToTable("seeded_permissions");
            e.HasKey(p => p.Name);
            e.Property(p => p.Name).HasMaxLength(SeededPermission.NameMaxLength);
        });
        builder.Entity<OpenIddictEntityFrameworkCoreApplication<Guid>>().ToTable("oauth_applications");
        builder.Entity<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().ToTable("oauth_authorizations");
        builder.Entity<OpenIddictEntityFrameworkCoreScope<Guid>>().ToTable("oauth_scopes");
        builder.Entity<OpenIddictEntityFrameworkCoreToken<Guid>>().ToTable("oauth_tokens");
    }
}

public sealed class PlatformIdentitySqliteDbContext(DbContextOptions<PlatformIdentitySqliteDbContext> options) : PlatformIdentityDbContext(options);

public sealed class PlatformIdentityPostgresDbContext(DbContextOptions<PlatformIdentityPostgresDbContext> options) : PlatformIdentityDbContext(options);

public sealed class PlatformIdentitySqlServerDbContext(DbContextOptions<PlatformIdentitySqlServerDbContext> options) : PlatformIdentityDbContext(options);
