using Microsoft.EntityFrameworkCore;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Persistence;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>
/// Everything a user is as far as access entries go: everyone, themself, their department and the departments above it
/// (an entry for a department covers its sub-departments), and their roles. <see cref="GrantsAsync"/> loads the entries
/// naming any of them, which is what <see cref="Access.FolderTree"/> needs to work out that user's levels.
/// </summary>
internal sealed record AccessPrincipals(Guid? UserId, IReadOnlyList<Guid> Departments, IReadOnlyList<string> Roles)
{
    /// <summary>The principals of <paramref name="userId"/>: their department chain from the directory (none without HR) and the given roles.</summary>
    public static async Task<AccessPrincipals> ForUserAsync(
        IPeopleDirectory people, Guid? userId, Guid? knownDepartment, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var chain = userId is { } id ? await people.DepartmentChainAsync(id, knownDepartment, cancellationToken) : [];
        return new AccessPrincipals(userId, chain, [.. roles.Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Whether <paramref name="grant"/> names one of these principals.</summary>
    public bool Covers(FolderGrant grant) => grant.PrincipalKind switch
    {
        PrincipalKind.Everyone => true,
        PrincipalKind.Person => UserId is not null && grant.PrincipalId == UserId,
        PrincipalKind.Department => grant.PrincipalId is { } department && Departments.Contains(department),
        PrincipalKind.Role => grant.RoleName is { } role && Roles.Contains(role),
        _ => false,
    };

    /// <summary>The access entries (of every folder) that name one of these principals.</summary>
    public async Task<List<FolderGrant>> GrantsAsync(DocumentsDbContext db, CancellationToken cancellationToken)
    {
        var userId = UserId;
        var departments = Departments.ToArray();
        var roles = Roles.ToArray();
        return await db.Grants.AsNoTracking()
            .Where(g => g.PrincipalKind == PrincipalKind.Everyone
                || (g.PrincipalKind == PrincipalKind.Person && userId != null && g.PrincipalId == userId)
                || (g.PrincipalKind == PrincipalKind.Department && g.PrincipalId != null && departments.Contains(g.PrincipalId.Value))
                || (g.PrincipalKind == PrincipalKind.Role && g.RoleName != null && roles.Contains(g.RoleName)))
            .ToListAsync(cancellationToken);
    }
}
