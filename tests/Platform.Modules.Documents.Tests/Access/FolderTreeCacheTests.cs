using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Tests.Access;

/// <summary>
/// The folder tree kept between requests is read again exactly when folders or access entries changed, whoever changed
/// them: the module or a statement run straight in the database (the migrations' triggers stamp the tree).
/// </summary>
public sealed class FolderTreeCacheTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly FolderTreeCache _cache = new();

    public FolderTreeCacheTests()
    {
        _connection.Open();
        using var db = Context();
        db.Database.Migrate();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public async Task The_tree_is_kept_until_a_folder_or_an_access_entry_changes()
    {
        var (spaceId, rootId) = await CreateSpaceAsync();
        var first = await SnapshotAsync();
        Assert.Contains(rootId, first.Folders.Keys);
        Assert.Same(first, await SnapshotAsync());

        // A change to something else (a document) keeps the tree.
        await using (var db = Context())
        {
            db.Documents.Add(new Document { Id = Guid.NewGuid(), FolderId = rootId, Name = "a.txt", NameKey = "A.TXT", ContentType = "text/plain", Hash = "h", CurrentVersionId = Guid.NewGuid(), CurrentVersionNumber = 1 });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Same(first, await SnapshotAsync());

        // A new folder, a grant and a rename each make a new snapshot that holds the change.
        var childId = Guid.NewGuid();
        await using (var db = Context())
        {
            db.Folders.Add(new Folder { Id = childId, SpaceId = spaceId, ParentId = rootId, Name = "Finance", NameKey = "FINANCE" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var second = await SnapshotAsync();
        Assert.NotSame(first, second);
        Assert.Contains(childId, second.Folders.Keys);

        await using (var db = Context())
        {
            db.Grants.Add(new FolderGrant { Id = Guid.NewGuid(), FolderId = childId, PrincipalKind = PrincipalKind.Everyone, Level = AccessLevel.Read });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var third = await SnapshotAsync();
        Assert.Single(third.Grants);

        await using (var db = Context())
        {
            var folder = await db.Folders.SingleAsync(f => f.Id == childId, TestContext.Current.CancellationToken);
            folder.Name = "Money";
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal("Money", (await SnapshotAsync()).Folders[childId].Name);
    }

    [Fact]
    public async Task Changes_made_in_the_database_outside_the_module_are_seen_too()
    {
        var (spaceId, rootId) = await CreateSpaceAsync();
        var first = await SnapshotAsync();
        var childId = Guid.NewGuid();

        Execute($"INSERT INTO folders (Id, SpaceId, ParentId, Name, NameKey, InheritsAccess, CreatedAt, UpdatedAt, Version) VALUES ('{childId.ToString().ToUpperInvariant()}', '{spaceId.ToString().ToUpperInvariant()}', '{rootId.ToString().ToUpperInvariant()}', 'Legal', 'LEGAL', 1, 0, 0, 0)");
        var second = await SnapshotAsync();
        Assert.NotSame(first, second);
        Assert.Contains(childId, second.Folders.Keys);

        Execute($"INSERT INTO folder_grants (Id, FolderId, PrincipalKind, Level, CreatedAt) VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', '{childId.ToString().ToUpperInvariant()}', 'Everyone', 'Read', 0)");
        var third = await SnapshotAsync();
        Assert.Single(third.Grants);

        Execute("DELETE FROM folder_grants");
        Assert.Empty((await SnapshotAsync()).Grants);

        Execute($"UPDATE folders SET Name = 'Contracts' WHERE Id = '{childId.ToString().ToUpperInvariant()}'");
        Assert.Equal("Contracts", (await SnapshotAsync()).Folders[childId].Name);
    }

    [Fact]
    public async Task A_change_rolled_back_never_becomes_the_kept_tree()
    {
        var (spaceId, rootId) = await CreateSpaceAsync();
        await using (var db = Context())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.Folders.Add(new Folder { Id = Guid.NewGuid(), SpaceId = spaceId, ParentId = rootId, Name = "Draft", NameKey = "DRAFT" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);

            // Read inside the transaction: the snapshot holds the uncommitted folder under a stamp never committed.
            Assert.Equal(2, (await _cache.GetAsync(db, TestContext.Current.CancellationToken)).Folders.Count);
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Single((await SnapshotAsync()).Folders);
    }

    private async Task<(Guid SpaceId, Guid RootId)> CreateSpaceAsync()
    {
        await using var db = Context();
        var space = new Space { Id = Guid.NewGuid(), Kind = SpaceKind.Company, Name = "Company" };
        var root = new Folder { Id = Guid.NewGuid(), SpaceId = space.Id, Name = "Company", NameKey = "COMPANY" };
        space.RootFolderId = root.Id;
        db.Spaces.Add(space);
        db.Folders.Add(root);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (space.Id, root.Id);
    }

    private async Task<FolderTreeSnapshot> SnapshotAsync()
    {
        await using var db = Context();
        return await _cache.GetAsync(db, TestContext.Current.CancellationToken);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private DocumentsSqliteDbContext Context() =>
        new(new DbContextOptionsBuilder<DocumentsSqliteDbContext>().UseSqlite(_connection).Options);
}
