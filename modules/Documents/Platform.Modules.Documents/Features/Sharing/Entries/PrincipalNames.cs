using Platform.Modules.Documents.Domain;
using Platform.Sdk.People;

namespace Platform.Modules.Documents.Features.Sharing.Entries;

/// <summary>
/// The names shown for the principals of access entries: people from the directory (which knows every user account),
/// departments from the directory (HR), roles by their name. An entry whose person or department is gone is shown as such,
/// so an administrator can remove it.
/// </summary>
internal sealed class PrincipalNames(IPeopleDirectory people)
{
    private readonly Dictionary<Guid, string> _people = [];
    private readonly Dictionary<Guid, string> _departments = [];

    /// <summary>Looks up the people and departments of <paramref name="grants"/> once.</summary>
    public async Task LoadAsync(IEnumerable<FolderGrant> grants, CancellationToken cancellationToken)
    {
        var list = grants.ToList();
        var personIds = list.Where(g => g.PrincipalKind == PrincipalKind.Person && g.PrincipalId is not null)
            .Select(g => g.PrincipalId!.Value).Where(id => !_people.ContainsKey(id)).Distinct().ToList();
        if (personIds.Count > 0)
        {
            foreach (var person in await people.FindPeopleAsync(personIds, cancellationToken))
            {
                _people[person.UserId] = person.DisplayName;
            }
        }

        foreach (var departmentId in list.Where(g => g.PrincipalKind == PrincipalKind.Department && g.PrincipalId is not null)
            .Select(g => g.PrincipalId!.Value).Distinct().Where(id => !_departments.ContainsKey(id)))
        {
            if (await people.FindDepartmentAsync(departmentId, cancellationToken) is { } department)
            {
                _departments[departmentId] = department.Name;
            }
        }
    }

    public string Of(FolderGrant grant) => grant.PrincipalKind switch
    {
        PrincipalKind.Everyone => "Everyone",
        PrincipalKind.Person => _people.GetValueOrDefault(grant.PrincipalId ?? Guid.Empty) ?? "(unknown person)",
        PrincipalKind.Department => _departments.GetValueOrDefault(grant.PrincipalId ?? Guid.Empty) ?? "(unknown department)",
        _ => grant.RoleName ?? "",
    };

    public AccessEntryDto Entry(FolderGrant grant) =>
        new(grant.Id, grant.PrincipalKind, grant.PrincipalId, grant.RoleName, Of(grant), grant.Level);

    public InheritedEntryDto Inherited(EffectiveEntry entry, bool overridden) =>
        new(entry.Grant.PrincipalKind, entry.Grant.PrincipalId, entry.Grant.RoleName, Of(entry.Grant), entry.Grant.Level, entry.From.Id, entry.From.Name, overridden);
}
