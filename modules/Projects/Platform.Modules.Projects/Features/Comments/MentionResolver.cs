using Platform.Modules.Projects.Domain.Comments;
using Platform.Sdk.Http;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>
/// Turns the mentions of a body into the people to notify. A user token names one person; a department token
/// expands to the active members of the department and of its sub-departments; an <c>@address</c> names the person
/// whose account has that email. Tokens come from the portal's picker, so one naming an unknown user or department is
/// a 400 (nothing is written); an address nobody has is only text. People who left (inactive) are not notified.
/// </summary>
internal sealed class MentionResolver(IPeopleDirectory people, IUserAccounts accounts)
{
    /// <summary>
    /// The people <paramref name="body"/> mentions, each with the department they were reached through (null when
    /// mentioned in person, which wins over a department), or errors on the "body" field.
    /// </summary>
    public async Task<Dictionary<Guid, Guid?>> ResolveAsync(string body, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var mentioned = new Dictionary<Guid, Guid?>();
        var tokens = MentionParser.Parse(body);
        if (tokens.Count > MentionParser.MaxMentions)
        {
            errors.Add("body", $"A comment may mention at most {MentionParser.MaxMentions} people or departments.");
            return mentioned;
        }

        var userIds = tokens.Where(t => t.Kind == MentionKind.User).Select(t => t.Id!.Value).ToList();
        if (userIds.Count > 0)
        {
            var found = (await people.FindPeopleAsync(userIds, cancellationToken)).ToDictionary(p => p.UserId);
            foreach (var id in userIds)
            {
                if (!found.TryGetValue(id, out var person))
                {
                    errors.Add("body", $"The mention of user '{id}' names no known user.");
                }
                else if (person.IsActive)
                {
                    mentioned[id] = null;
                }
            }
        }

        foreach (var token in tokens.Where(t => t.Kind == MentionKind.Department))
        {
            var departmentId = token.Id!.Value;
            if (await people.FindDepartmentAsync(departmentId, cancellationToken) is null)
            {
                errors.Add("body", $"The mention of department '{departmentId}' names no known department.");
                continue;
            }

            var members = await people.GetDepartmentMembersAsync(departmentId, includeSubDepartments: true, cancellationToken);
            foreach (var member in members.Where(p => p.IsActive))
            {
                mentioned.TryAdd(member.UserId, departmentId);
            }
        }

        foreach (var token in tokens.Where(t => t.Kind == MentionKind.Email))
        {
            if (await accounts.FindByEmailAsync(token.Email!, cancellationToken) is { IsActive: true } account)
            {
                mentioned[account.UserId] = null;
            }
        }

        return mentioned;
    }
}
