using Microsoft.EntityFrameworkCore;
using Platform.Host.Identity.Persistence;
using Platform.Sdk.People;

namespace Platform.Host.Identity.People;

/// <summary>
/// The people directory when no module provides one: the platform's user accounts, without departments or managers.
/// </summary>
internal sealed class PlatformPeopleDirectory(PlatformIdentityDbContextFactory contexts) : IPeopleDirectory
{
    public bool HasDepartments => false;

    public async Task<Person?> FindPersonAsync(Guid userId, CancellationToken cancellationToken) =>
        (await FindPeopleAsync([userId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var ids = userIds.Distinct().ToList();
        await using var db = contexts.Create();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.Email, u.IsActive })
            .ToListAsync(cancellationToken);
        return [.. users.Select(u => new Person(u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? "" : u.DisplayName, u.Email, null, null, u.IsActive))];
    }

    public Task<Person?> FindManagerAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);

    public Task<IReadOnlyList<Person>> GetTeamMembersAsync(Guid managerUserId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([]);

    public Task<Department?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken) => Task.FromResult<Department?>(null);

    public Task<IReadOnlyList<Person>> GetDepartmentMembersAsync(Guid departmentId, bool includeSubDepartments, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([]);
}
