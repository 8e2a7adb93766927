using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.Security;

namespace Platform.Modules.Documents.Features.Spaces;

/// <summary>
/// The company space exists from the first start: every signed-in user reads it, managers write, administrators manage.
/// Created once; a second node starting at the same time loses on the unique index and finds the winner's.
/// </summary>
internal static class CompanySpace
{
    public const string DefaultName = "Company";

    public static async Task<Space> EnsureAsync(DocumentsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, cancellationToken) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var root = new Folder { Id = Guid.CreateVersion7(now), Name = DefaultName, NameKey = ItemName.KeyOf(DefaultName), CreatedAt = now, UpdatedAt = now };
        var space = new Space { Id = Guid.CreateVersion7(now), Kind = SpaceKind.Company, Name = DefaultName, RootFolderId = root.Id, CreatedAt = now };
        root.SpaceId = space.Id;
        db.Spaces.Add(space);
        db.Folders.Add(root);
        db.Grants.AddRange(
            RootGrant(root, PrincipalKind.Everyone, null, AccessLevel.Read, now),
            RootGrant(root, PrincipalKind.Role, BuiltInRoles.Manager, AccessLevel.Write, now),
            RootGrant(root, PrincipalKind.Role, BuiltInRoles.Administrator, AccessLevel.Manage, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return space;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await FindAsync(db, cancellationToken) ?? throw new InvalidOperationException("The company space could not be created.");
        }
    }

    public static FolderGrant RootGrant(Folder root, PrincipalKind kind, string? role, AccessLevel level, DateTimeOffset now, Guid? principalId = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        FolderId = root.Id,
        PrincipalKind = kind,
        PrincipalId = principalId,
        RoleName = role,
        Level = level,
        CreatedAt = now,
    };

    private static Task<Space?> FindAsync(DocumentsDbContext db, CancellationToken cancellationToken) =>
        db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Kind == SpaceKind.Company, cancellationToken);
}
