using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Sharing.Entries;
using Platform.Modules.Documents.Features.Sharing.Links;

namespace Platform.Modules.Documents.Tests.Sharing;

public sealed class NearestEntriesTests
{
    private static readonly Guid Space = Guid.NewGuid();
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Team = Guid.NewGuid();
    private static readonly Guid Private = Guid.NewGuid();
    private static readonly Guid Closed = Guid.NewGuid();
    private static readonly Guid BelowClosed = Guid.NewGuid();
    private static readonly Guid Department = Guid.NewGuid();
    private static readonly Guid Person = Guid.NewGuid();

    private static List<FolderNode> Folders(bool teamDeleted = false) =>
    [
        new(Root, Space, null, "Company", true, false),
        new(Team, Space, Root, "Team", true, teamDeleted),
        new(Private, Space, Team, "Private", true, false),
        new(Closed, Space, Team, "Closed", false, false),
        new(BelowClosed, Space, Closed, "Below", true, false),
    ];

    private static FolderGrant Grant(Guid folder, PrincipalKind kind, AccessLevel level, Guid? principal = null, string? role = null) =>
        new() { Id = Guid.CreateVersion7(), FolderId = folder, PrincipalKind = kind, PrincipalId = principal, RoleName = role, Level = level };

    [Fact]
    public void The_nearest_entry_per_principal_is_shown_with_its_folder_and_agrees_with_the_tree()
    {
        List<FolderGrant> grants =
        [
            Grant(Root, PrincipalKind.Everyone, AccessLevel.Read),
            Grant(Root, PrincipalKind.Role, AccessLevel.Manage, role: "Administrator"),
            Grant(Team, PrincipalKind.Department, AccessLevel.Write, Department),
            Grant(Private, PrincipalKind.Department, AccessLevel.None, Department),
            Grant(Private, PrincipalKind.Person, AccessLevel.Read, Person),
        ];
        var tree = new FolderTree(Folders(), grants, managesAll: false);
        var byFolder = grants.ToLookup(g => g.FolderId);

        var atPrivate = NearestEntries.At(tree, byFolder, Private);
        Assert.Equal(4, atPrivate.Count);
        Assert.Equal(Private, atPrivate.Single(e => e.Grant.PrincipalKind == PrincipalKind.Department).From.Id);
        Assert.Equal(AccessLevel.None, atPrivate.Single(e => e.Grant.PrincipalKind == PrincipalKind.Department).Grant.Level);
        Assert.Equal(tree.LevelOn(Private), atPrivate.Max(e => e.Grant.Level));

        var inherited = NearestEntries.InheritedBy(tree, byFolder, Private);
        Assert.Equal(Team, inherited.Single(e => e.Grant.PrincipalKind == PrincipalKind.Department).From.Id);
        Assert.Equal(3, inherited.Count);
    }

    [Fact]
    public void A_folder_that_does_not_inherit_inherits_nothing_and_stops_the_walk_below_it()
    {
        List<FolderGrant> grants = [Grant(Root, PrincipalKind.Everyone, AccessLevel.Read), Grant(Closed, PrincipalKind.Person, AccessLevel.Manage, Person)];
        var tree = new FolderTree(Folders(), grants, managesAll: false);
        var byFolder = grants.ToLookup(g => g.FolderId);

        Assert.Empty(NearestEntries.InheritedBy(tree, byFolder, Closed));
        Assert.Empty(NearestEntries.InheritedBy(tree, byFolder, Root));
        var below = NearestEntries.At(tree, byFolder, BelowClosed);
        Assert.Equal(Closed, Assert.Single(below).From.Id);
        Assert.Equal(tree.LevelOn(BelowClosed), below.Max(e => e.Grant.Level));
    }

    [Fact]
    public void A_folder_link_opens_the_live_folders_below_except_those_closed_off_or_withdrawing_access()
    {
        var scope = new SharedFolderScope(new FolderTree(Folders(), [], managesAll: true), Team, new HashSet<Guid> { Private });

        Assert.True(scope.Includes(Team));
        Assert.False(scope.Includes(Private), "an entry there withdraws access from someone");
        Assert.False(scope.Includes(Closed), "it does not inherit access");
        Assert.False(scope.Includes(BelowClosed));
        Assert.False(scope.Includes(Root), "above the shared folder");
        Assert.Empty(scope.ChildrenOf(Team));

        var open = new SharedFolderScope(new FolderTree(Folders(), [], managesAll: true), Team, new HashSet<Guid>());
        Assert.Equal([Private], open.ChildrenOf(Team).Select(f => f.Id));
        Assert.Equal([Team, Private], open.PathTo(Private).Select(f => f.Id));

        var deleted = new SharedFolderScope(new FolderTree(Folders(teamDeleted: true), [], managesAll: true), Team, new HashSet<Guid>());
        Assert.False(deleted.Includes(Team));
        Assert.False(deleted.Includes(Private));
    }
}
