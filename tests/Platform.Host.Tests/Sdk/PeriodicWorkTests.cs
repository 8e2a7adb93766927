using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Sdk.Modules;

namespace Platform.Host.Tests.Sdk;

/// <summary>The SDK's background rounds: at once when started, then every interval of the given clock; a failing round does not end them; stopping ends them.</summary>
public sealed class PeriodicWorkTests
{
    [Fact]
    public async Task Rounds_run_at_start_and_every_interval_a_failing_round_is_retried_and_stop_ends_them()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var work = new CountingWork(time) { FailOnRound = 2 };
        work.Start();
        await work.WaitForRoundAsync(1);

        time.Advance(TimeSpan.FromMinutes(59));
        await Task.Delay(50);
        Assert.Equal(1, work.Rounds);

        // The second round throws; the third still comes an interval later.
        time.Advance(TimeSpan.FromMinutes(1));
        await work.WaitForRoundAsync(2);
        time.Advance(TimeSpan.FromHours(1));
        await work.WaitForRoundAsync(3);

        await work.StopAsync();
        time.Advance(TimeSpan.FromHours(5));
        await Task.Delay(50);
        Assert.Equal(3, work.Rounds);
    }

    [Fact]
    public async Task Work_that_waits_for_its_first_interval_does_not_run_at_start_and_a_zero_interval_never_runs()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var waiting = new CountingWork(time) { AtStart = false };
        waiting.Start();
        await Task.Delay(100);
        Assert.Equal(0, waiting.Rounds);
        time.Advance(TimeSpan.FromHours(1));
        await waiting.WaitForRoundAsync(1);
        await waiting.StopAsync();

        var off = new CountingWork(time) { Every = TimeSpan.Zero };
        off.Start();
        time.Advance(TimeSpan.FromHours(3));
        await Task.Delay(100);
        Assert.Equal(0, off.Rounds);
        await off.StopAsync();
    }

    private sealed class CountingWork(TimeProvider time) : PeriodicWork(time, NullLogger.Instance)
    {
        private int _rounds;

        public int FailOnRound { get; init; }

        public bool AtStart { get; init; } = true;

        public TimeSpan Every { get; init; } = TimeSpan.FromHours(1);

        public int Rounds => Volatile.Read(ref _rounds);

        public override TimeSpan Interval => Every;

        protected override bool RunsAtStart => AtStart;

        public override Task<string?> RunOnceAsync(CancellationToken cancellationToken)
        {
            var round = Interlocked.Increment(ref _rounds);
            return round == FailOnRound ? throw new InvalidOperationException("A round that fails.") : Task.FromResult<string?>($"round {round}");
        }

        public async Task WaitForRoundAsync(int round)
        {
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (Rounds < round)
            {
                Assert.True(DateTime.UtcNow < deadline, $"Round {round} did not run (rounds so far: {Rounds}).");
                await Task.Delay(10);
            }
        }
    }
}
