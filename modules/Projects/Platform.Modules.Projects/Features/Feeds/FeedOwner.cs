using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>
/// The owner of a feed as the caller of <see cref="Access.ProjectAccess"/> when a calendar app fetches it: the same
/// visibility rules as for the owner signed in (company and department projects, memberships, tasks assigned to them),
/// worked out at every fetch. Their permissions are not known without a sign-in, so none are assumed: a holder of
/// projects.manage sees in a feed only what membership and visibility give everyone.
/// </summary>
internal sealed class FeedOwner(Guid userId) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public Guid? UserId => userId;

    public string? ClientId => null;

    public string? DisplayName => null;

    public string? Email => null;

    public IReadOnlySet<string> Roles { get; } = new HashSet<string>();

    public IReadOnlySet<string> Permissions { get; } = new HashSet<string>();

    public Guid? DepartmentId => null;

    public bool HasPermission(string permission) => false;
}
