using Platform.Sdk.People;

namespace Platform.Host.Tests.Sdk;

/// <summary>A person's department and those above it, as modules that scope by department need it.</summary>
public sealed class DepartmentChainTests
{
    private static readonly Guid Company = Guid.NewGuid(), Sales = Guid.NewGuid(), Export = Guid.NewGuid();

    [Fact]
    public async Task The_chain_runs_from_the_persons_department_up_to_the_top()
    {
        var person = Guid.NewGuid();
        var people = new Directory(new() { [person] = Export }, new() { [Export] = Sales, [Sales] = Company });

        Assert.Equal([Export, Sales, Company], await people.DepartmentChainAsync(person, knownDepartment: null, CancellationToken.None));
    }

    [Fact]
    public async Task A_person_the_directory_does_not_place_starts_from_the_known_department_and_a_cycle_ends_the_walk()
    {
        var people = new Directory([], new() { [Sales] = Company, [Company] = Sales });

        Assert.Equal([Sales, Company], await people.DepartmentChainAsync(Guid.NewGuid(), knownDepartment: Sales, CancellationToken.None));
        Assert.Empty(await people.DepartmentChainAsync(Guid.NewGuid(), knownDepartment: null, CancellationToken.None));
    }

    [Fact]
    public async Task Without_departments_the_chain_is_empty()
    {
        var person = Guid.NewGuid();
        var people = new Directory(new() { [person] = Sales }, []) { Departments = false };

        Assert.Empty(await people.DepartmentChainAsync(person, knownDepartment: Sales, CancellationToken.None));
    }

    private sealed class Directory(Dictionary<Guid, Guid> departmentOf, Dictionary<Guid, Guid> parentOf) : IPeopleDirectory
    {
        public bool Departments { get; init; } = true;

        public bool HasDepartments => Departments;

        public Task<Person?> FindPersonAsync(Guid userId, CancellationToken cancellationToken) =>
            Task.FromResult(departmentOf.TryGetValue(userId, out var department) ? new Person(userId, "Someone", null, department, null, true) : null);

        public Task<Department?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken) =>
            Task.FromResult<Department?>(new Department(departmentId, "Department", parentOf.TryGetValue(departmentId, out var parent) ? parent : null, null));

        public Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<Person?> FindManagerAsync(Guid userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Person>> GetTeamMembersAsync(Guid managerUserId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Person>> GetDepartmentMembersAsync(Guid departmentId, bool includeSubDepartments, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
