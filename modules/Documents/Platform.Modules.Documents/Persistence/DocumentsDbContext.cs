using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Search;
using Platform.Sdk.Persistence;

namespace Platform.Modules.Documents.Persistence;

/// <summary>
/// The Documents module's data (file contents live in the blob store; rows hold their hashes). Each feature area keeps
/// its entity sets in its own part of this partial class (DocumentsDbContext.&lt;Area&gt;.cs) and its mappings in
/// IEntityTypeConfiguration classes under Persistence/Configurations; provider subclasses own the migrations.
/// </summary>
[ModuleSchema("documents")]
public abstract partial class DocumentsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Space> Spaces => Set<Space>();

    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<FolderGrant> Grants => Set<FolderGrant>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();

    public DbSet<DocumentTag> Tags => Set<DocumentTag>();

    public DbSet<DocumentMetadataEntry> MetadataEntries => Set<DocumentMetadataEntry>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<UploadSession> Uploads => Set<UploadSession>();

    /// <inheritdoc />
    /// <remarks>The words of changed search entries are recorded first (see <see cref="SearchWords"/>).</remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        SearchWords.Record(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await SearchWords.RecordAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
}

public sealed class DocumentsSqliteDbContext(DbContextOptions<DocumentsSqliteDbContext> options) : DocumentsDbContext(options);

public sealed class DocumentsPostgresDbContext(DbContextOptions<DocumentsPostgresDbContext> options) : DocumentsDbContext(options);

public sealed class DocumentsSqlServerDbContext(DbContextOptions<DocumentsSqlServerDbContext> options) : DocumentsDbContext(options);

internal sealed class DocumentsSqliteDesignFactory() : ModuleDesignTimeFactory<DocumentsSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class DocumentsPostgresDesignFactory() : ModuleDesignTimeFactory<DocumentsPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class DocumentsSqlServerDesignFactory() : ModuleDesignTimeFactory<DocumentsSqlServerDbContext>(DatabaseProvider.SqlServer);
