using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Access;
using Platform.Modules.Documents.Features.Versions;

namespace Platform.Modules.Documents.Tests.Versions;

public sealed class FolderRetentionTests
{
    private static readonly Guid Root = Guid.NewGuid(), Contracts = Guid.NewGuid(), Signed = Guid.NewGuid(), Drafts = Guid.NewGuid();

    private static readonly VersionRetention Module = new(2, null);

    [Fact]
    public void The_nearest_folder_that_sets_rules_wins_and_without_one_the_module_settings_apply()
    {
        var folders = Tree(contracts: (true, null, null), drafts: (true, 3, 30));

        Assert.False(FolderRetention.Resolve(Signed, folders, Module).IsActive);
        Assert.Equal((3, 30), Rules(FolderRetention.Resolve(Drafts, folders, Module)));
        Assert.Same(Module, FolderRetention.Resolve(Root, folders, Module));
        Assert.Same(Module, FolderRetention.Resolve(Guid.NewGuid(), folders, Module));
        Assert.True(FolderRetention.AnyActive(folders.Values));
        Assert.False(FolderRetention.AnyActive(Tree(contracts: (true, null, null), drafts: (false, 3, null)).Values));
    }

    private static (int?, int?) Rules(VersionRetention rules) => (rules.KeepVersions, rules.ThinVersionsAfterDays);

    // Root > Contracts > (Signed, Drafts).
    private static Dictionary<Guid, FolderNode> Tree((bool Own, int? Keep, int? Thin) contracts, (bool Own, int? Keep, int? Thin) drafts) => new()
    {
        [Root] = Node(Root, null, "Company", (false, null, null)),
        [Contracts] = Node(Contracts, Root, "Contracts", contracts),
        [Signed] = Node(Signed, Contracts, "Signed", (false, null, null)),
        [Drafts] = Node(Drafts, Contracts, "Drafts", drafts),
    };

    private static FolderNode Node(Guid id, Guid? parentId, string name, (bool Own, int? Keep, int? Thin) retention) =>
        new(id, Guid.Empty, parentId, name, true, false, retention.Own ? new RetentionRules(retention.Keep, retention.Thin) : null);
}
