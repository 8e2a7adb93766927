using Platform.Modules.Projects.Features.Tasks;

namespace Platform.Modules.Projects.Tests.Tasks;

/// <summary>Subtasks nest to any depth but never below themselves.</summary>
public sealed class ParentChainTests
{
    private static readonly Guid A = Guid.CreateVersion7(), B = Guid.CreateVersion7(), C = Guid.CreateVersion7(), D = Guid.CreateVersion7();

    [Fact]
    public void Making_a_descendant_the_parent_is_a_cycle_named_from_the_task_back_to_itself()
    {
        // A ← B ← C (B's parent is A, C's parent is B); making C the parent of A closes A → C → B → A.
        var parents = new Dictionary<Guid, Guid?> { [A] = null, [B] = A, [C] = B };
        Assert.Equal([A, C, B, A], ParentChain.CycleThrough(A, C, parents));
        Assert.Equal([A, A], ParentChain.CycleThrough(A, A, parents));
    }

    [Fact]
    public void A_parent_outside_the_task_s_subtree_is_fine_at_any_depth()
    {
        var parents = new Dictionary<Guid, Guid?> { [A] = null, [B] = A, [C] = B, [D] = null };
        Assert.Null(ParentChain.CycleThrough(D, C, parents));
        Assert.Null(ParentChain.CycleThrough(C, A, parents));
    }

    [Fact]
    public void An_existing_loop_above_the_task_does_not_hang_the_check()
    {
        var parents = new Dictionary<Guid, Guid?> { [B] = C, [C] = B };
        Assert.Null(ParentChain.CycleThrough(A, B, parents));
    }
}
