using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;

namespace Platform.Modules.Documents.Tests.Access;

public sealed class FolderTreeTests
{
    private static readonly Guid Space = Guid.NewGuid();
    private static readonly Guid Root = Guid.NewGuid();
    private static readonly Guid Hr = Guid.NewGuid();
    private static readonly Guid Payroll = Guid.NewGuid();
    private static readonly Guid Secret = Guid.NewGuid();
    private static readonly Guid Sales = Guid.NewGuid();
    private static readonly Guid Department = Guid.NewGuid();

    private static IEnumerable<FolderNode> Folders(bool secretInherits = false, bool hrDeleted = false) =>
    [
        new(Root, Space, null, "Company", true, false),
        new(Hr, Space, Root, "HR", true, hrDeleted),
        new(Payroll, Space, Hr, "Payroll", true, false),
        new(Secret, Space, Payroll, "Secret", secretInherits, false),
        new(Sales, Space, Root, "Sales", true, false),
    ];

    private static FolderGrant Grant(Guid folder, PrincipalKind kind, AccessLevel level, Guid? principal = null, string? role = null) =>
        new() { Id = Guid.NewGuid(), FolderId = folder, PrincipalKind = kind, PrincipalId = principal, RoleName = role, Level = level };

    [Fact]
    public void Entries_are_inherited_down_the_tree()
    {
        var tree = new FolderTree(Folders(secretInherits: true), [Grant(Root, PrincipalKind.Everyone, AccessLevel.Read)], managesAll: false);

        Assert.All(new[] { Root, Hr, Payroll, Secret, Sales }, f => Assert.Equal(AccessLevel.Read, tree.LevelOn(f)));
    }

    [Fact]
    public void A_nearer_entry_for_the_same_principal_overrides_the_inherited_one_in_both_directions()
    {
        var tree = new FolderTree(Folders(secretInherits: true),
        [
            Grant(Root, PrincipalKind.Department, AccessLevel.Read, Department),
            Grant(Hr, PrincipalKind.Department, AccessLevel.Write, Department),
            Grant(Payroll, PrincipalKind.Department, AccessLevel.None, Department),
        ], managesAll: false);

        Assert.Equal(AccessLevel.Read, tree.LevelOn(Root));
        Assert.Equal(AccessLevel.Write, tree.LevelOn(Hr));
        Assert.Equal(AccessLevel.None, tree.LevelOn(Payroll));
        Assert.Equal(AccessLevel.None, tree.LevelOn(Secret));
        Assert.Equal(AccessLevel.Read, tree.LevelOn(Sales));
        Assert.Equal(new[] { Root, Hr, Sales }.Order(), tree.ReadableFolderIds().Order());
    }

    [Fact]
    public void Withdrawing_one_principal_keeps_what_the_caller_holds_through_another()
    {
        var tree = new FolderTree(Folders(secretInherits: true),
        [
            Grant(Root, PrincipalKind.Everyone, AccessLevel.Read),
            Grant(Root, PrincipalKind.Role, AccessLevel.Write, role: "Manager"),
            Grant(Payroll, PrincipalKind.Everyone, AccessLevel.None),
        ], managesAll: false);

        Assert.Equal(AccessLevel.Write, tree.LevelOn(Payroll));
    }

    [Fact]
    public void A_folder_that_does_not_inherit_starts_from_its_own_entries()
    {
        var person = Guid.NewGuid();
        var tree = new FolderTree(Folders(secretInherits: false),
        [
            Grant(Root, PrincipalKind.Everyone, AccessLevel.Write),
            Grant(Secret, PrincipalKind.Person, AccessLevel.Manage, person),
        ], managesAll: false);

        Assert.Equal(AccessLevel.Write, tree.LevelOn(Payroll));
        Assert.Equal(AccessLevel.Manage, tree.LevelOn(Secret));

        var outsider = new FolderTree(Folders(secretInherits: false), [Grant(Root, PrincipalKind.Everyone, AccessLevel.Write)], managesAll: false);
        Assert.Equal(AccessLevel.None, outsider.LevelOn(Secret));
    }

    [Fact]
    public void A_folder_in_the_recycle_bin_hides_everything_below_it_even_from_managers()
    {
        var tree = new FolderTree(Folders(hrDeleted: true), [], managesAll: true);

        Assert.Equal(AccessLevel.Manage, tree.LevelOn(Sales));
        Assert.Equal(AccessLevel.None, tree.LevelOn(Hr));
        Assert.Equal(AccessLevel.None, tree.LevelOn(Secret));
        Assert.False(tree.IsLive(Payroll));
        Assert.Equal(AccessLevel.Manage, tree.RawLevelOn(Payroll));
    }

    [Fact]
    public void Ancestors_run_from_the_root_down_to_the_parent()
    {
        var tree = new FolderTree(Folders(), [], managesAll: true);

        Assert.Equal([Root, Hr, Payroll], tree.AncestorsOf(Secret).Select(f => f.Id));
        Assert.True(tree.IsWithin(Secret, Hr));
        Assert.False(tree.IsWithin(Sales, Hr));
    }
}
