namespace Platform.Sdk.People;

/// <summary>
/// The people of the organisation: who someone is, their department, their manager and their team. A capability
/// contract: the host provides a default over its user accounts, which knows people but no departments or managers
/// (<see cref="HasDepartments"/> is false, department and manager lookups find nothing, team and department member
/// lists are empty). A module that knows the organisation (HR) provides a richer implementation with
/// <see cref="Modules.ModuleBuilder.ProvideCapability{TContract, TImplementation}"/>, and every module gets that one.
/// Modules that scope data by department or team must work, if more narrowly, when <see cref="HasDepartments"/> is false.
/// </summary>
public interface IPeopleDirectory
{
    /// <summary>Whether departments and managers are known. False with the host's default directory.</summary>
    bool HasDepartments { get; }

    /// <summary>The person with the user id <paramref name="userId"/>, or null when there is none.</summary>
    /// <param name="userId">The person's user id (the <c>sub</c> of their tokens).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<Person?> FindPersonAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The people among <paramref name="userIds"/> that exist, in no particular order.</summary>
    /// <param name="userIds">User ids to look up.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<Person>> FindPeopleAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>The manager of the person <paramref name="userId"/>, or null when unknown or none.</summary>
    /// <param name="userId">The person's user id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<Person?> FindManagerAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The people who report directly to <paramref name="managerUserId"/> (empty when unknown).</summary>
    /// <param name="managerUserId">The manager's user id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<Person>> GetTeamMembersAsync(Guid managerUserId, CancellationToken cancellationToken);

    /// <summary>The department <paramref name="departmentId"/>, or null when unknown.</summary>
    /// <param name="departmentId">The department's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<Department?> FindDepartmentAsync(Guid departmentId, CancellationToken cancellationToken);

    /// <summary>The people in department <paramref name="departmentId"/>, and in its sub-departments when asked (empty when unknown).</summary>
    /// <param name="departmentId">The department's id.</param>
    /// <param name="includeSubDepartments">Whether members of departments below it count too.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<IReadOnlyList<Person>> GetDepartmentMembersAsync(Guid departmentId, bool includeSubDepartments, CancellationToken cancellationToken);
}

/// <summary>A person in the directory.</summary>
/// <param name="UserId">Their user id.</param>
/// <param name="DisplayName">Their name as shown to others.</param>
/// <param name="Email">Their email address, when known.</param>
/// <param name="DepartmentId">Their department, when departments are known.</param>
/// <param name="ManagerId">Their manager's user id, when known.</param>
/// <param name="IsActive">False for people who left or whose account is deactivated.</param>
public sealed record Person(Guid UserId, string DisplayName, string? Email, Guid? DepartmentId, Guid? ManagerId, bool IsActive);

/// <summary>A department of the organisation.</summary>
/// <param name="Id">The department's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="ParentId">The department it belongs to, if any.</param>
/// <param name="ManagerId">The user id of the person heading it, if any.</param>
public sealed record Department(Guid Id, string Name, Guid? ParentId, Guid? ManagerId);
