using Platform.Sdk.Modules;
using Platform.Sdk.People;

namespace Fixture.Generic;

/// <summary>
/// A people directory that knows everyone, all in the department <c>Modules:{id}:PeopleDepartment</c> and named
/// "{name} person" after the providing module, so tests can see whose directory answered.
/// </summary>
public sealed class ConfiguredPeopleDirectory(ModuleInfo info) : IPeopleDirectory
{
    private readonly Guid _department = Guid.Parse(info.Configuration["PeopleDepartment"]!);

    public bool HasDepartments => true;

    public Task<Person?> FindPersonAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult<Person?>(PersonFor(userId));

    public Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([.. userIds.Select(PersonFor)]);

    public Task<Person?> FindManagerAsync(Guid userId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);

    public Task<IReadOnlyList<Person>> GetTeamMembersAsync(Guid managerUserId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([]);

    public Task<Department?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken) =>
        Task.FromResult(departmentId == _department ? new Department(_department, $"{info.Id} department", null, null) : null);

    public Task<IReadOnlyList<Person>> GetDepartmentMembersAsync(Guid departmentId, bool includeSubDepartments, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([]);

    private Person PersonFor(Guid userId) => new(userId, $"{info.Id} person", null, _department, null, true);
}
