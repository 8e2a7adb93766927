using Platform.Modules.Hr.Features.Directory.Hierarchy;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class HierarchyCycleTests
{
    private static readonly Guid A = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid B = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid C = Guid.Parse("00000000-0000-0000-0000-00000000000c");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");

    [Fact]
    public void Pointing_at_oneself_is_a_cycle_of_one() =>
        Assert.Equal([A, A], HierarchyCycle.Find(A, A, _ => null));

    [Fact]
    public void A_reporting_to_B_who_reports_to_A_is_named_from_A_round_to_A()
    {
        var parents = new Dictionary<Guid, Guid?> { [B] = A };
        Assert.Equal([A, B, A], HierarchyCycle.Find(A, B, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void A_longer_cycle_is_named_link_by_link()
    {
        var parents = new Dictionary<Guid, Guid?> { [B] = C, [C] = D, [D] = A };
        Assert.Equal([A, B, C, D, A], HierarchyCycle.Find(A, B, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void A_chain_that_ends_at_the_top_is_no_cycle()
    {
        var parents = new Dictionary<Guid, Guid?> { [B] = C, [C] = null };
        Assert.Null(HierarchyCycle.Find(A, B, id => parents.GetValueOrDefault(id)));
        Assert.Null(HierarchyCycle.Find(A, null, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void An_old_cycle_above_that_does_not_pass_through_the_node_does_not_hang_and_is_not_blamed_on_it()
    {
        var parents = new Dictionary<Guid, Guid?> { [B] = C, [C] = D, [D] = C };
        Assert.Null(HierarchyCycle.Find(A, B, id => parents.GetValueOrDefault(id)));
    }

    [Fact]
    public void The_department_tree_finds_every_descendant_once_even_when_broken()
    {
        var tree = new DepartmentTree([(A, null), (B, A), (C, B), (D, null)]);
        Assert.Equal(new HashSet<Guid> { A, B, C }, tree.SelfAndDescendants(A));
        Assert.Equal(new HashSet<Guid> { D }, tree.SelfAndDescendants(D));
        Assert.Equal(new HashSet<Guid> { A, D }, tree.Roots.ToHashSet());

        var looped = new DepartmentTree([(A, B), (B, A)]);
        Assert.Equal(new HashSet<Guid> { A, B }, looped.SelfAndDescendants(A));
    }
}
