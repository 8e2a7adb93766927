namespace Platform.Sdk.People;

/// <summary>Lookups built on <see cref="IPeopleDirectory"/> that modules scoping data by department share.</summary>
public static class PeopleDirectoryExtensions
{
    /// <summary>
    /// The department of <paramref name="userId"/> and every department above it, nearest first: what an entry or a
    /// scope for a department covers when it covers its sub-departments. Empty when departments are not known.
    /// </summary>
    /// <param name="people">The directory.</param>
    /// <param name="userId">The person.</param>
    /// <param name="knownDepartment">The department to start from when the directory knows none for the person (e.g. a token's claim).</param>
    /// <param name="cancellationToken">Cancels the lookups.</param>
    public static async Task<IReadOnlyList<Guid>> DepartmentChainAsync(
        this IPeopleDirectory people, Guid userId, Guid? knownDepartment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var chain = new List<Guid>();
        if (!people.HasDepartments)
        {
            return chain;
        }

        var person = await people.FindPersonAsync(userId, cancellationToken);

        // A cycle in the directory's data ends the walk instead of looping.
        for (var current = person?.DepartmentId ?? knownDepartment; current is { } department && !chain.Contains(department);)
        {
            chain.Add(department);
            current = (await people.FindDepartmentAsync(department, cancellationToken))?.ParentId;
        }

        return chain;
    }
}
