using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel;
using Platform.Host.Kernel.Http;

namespace Platform.Host.Tests.Kernel.Http;

/// <summary>
/// Kestrel receives a request body into what is left of its current memory block, so the block size decides how many
/// receive calls an upload takes (docs/performance.md §9): the host must hand Kestrel 64 KiB blocks, and a block must
/// go back to the shared pool exactly once, however often it is disposed.
/// </summary>
public sealed class KestrelBufferPoolTests
{
    [Fact]
    public void The_host_gives_kestrel_64_KiB_blocks()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddPlatformKernel();

        // Kestrel registers a factory of its own first; the host's must be the one resolved.
        using (var services = builder.Services.BuildServiceProvider())
        {
            Assert.IsType<KestrelBufferPoolFactory>(services.GetRequiredService<IMemoryPoolFactory<byte>>());
        }

        using var pool = new KestrelBufferPoolFactory().Create();
        using var block = pool.Rent();
        Assert.Equal(64 * 1024, pool.MaxBufferSize);
        Assert.True(block.Memory.Length >= 64 * 1024, $"A block holds {block.Memory.Length} bytes.");
    }

    [Fact]
    public void A_request_for_more_than_a_block_gets_at_least_what_it_asked_for()
    {
        using var pool = new KestrelBufferPoolFactory().Create();

        using var large = pool.Rent(300 * 1024);

        Assert.True(large.Memory.Length >= 300 * 1024);
    }

    [Fact]
    public void A_disposed_block_is_returned_once_and_cannot_be_used_again()
    {
        using var pool = new KestrelBufferPoolFactory().Create();
        var block = pool.Rent();

        block.Dispose();
        block.Dispose();

        Assert.Throws<ObjectDisposedException>(() => block.Memory);
        // Returned once: two rents after it get two different arrays (a double return would hand out one array twice).
        using IMemoryOwner<byte> first = pool.Rent(), second = pool.Rent();
        Assert.NotSame(ArrayOf(first), ArrayOf(second));
    }

    private static byte[]? ArrayOf(IMemoryOwner<byte> owner) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(owner.Memory, out var segment) ? segment.Array : null;
}
