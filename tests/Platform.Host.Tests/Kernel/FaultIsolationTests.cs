using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>Plugins that fail anywhere are Faulted with their reason, with their dependents; the host serves the rest.</summary>
public sealed class FaultIsolationTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly PluginFolder _plugins;
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");

    public FaultIsolationTests()
    {
        _plugins = new PluginFolder(_temp.Combine("plugins"));
        _plugins.Add(TestPaths.FirstPartyPlugin("projects"));
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task Modules_start_in_dependency_order_and_serve_their_endpoints()
    {
        _plugins.AddGeneric("gamma", "1.0.0", ("beta", "^1.0"))
            .AddGeneric("beta", "1.2.0", ("alpha", ">=1.0.0 <2.0.0"))
            .AddGeneric("alpha", "1.0.0");
        var log = _temp.Combine("start.log");
        using var host = Host(new()
        {
            ["Modules:alpha:StartLog"] = log,
            ["Modules:beta:StartLog"] = log,
            ["Modules:gamma:StartLog"] = log,
        });
        var client = host.CreateAdministratorClient();

        var modules = await client.GetJsonAsync("/api/platform/modules");
        foreach (var id in new[] { "alpha", "beta", "gamma", "projects" })
        {
            Assert.Equal("Running", modules.ModuleById(id).GetProperty("state").GetString());
        }

        Assert.Equal(["alpha", "beta", "gamma"], File.ReadAllLines(log));
        var ping = await client.GetJsonAsync("/api/gamma/ping");
        Assert.Equal("gamma", ping.GetProperty("module").GetString());
        Assert.Equal("Healthy", (await client.GetJsonAsync("/health")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Missing_and_incompatible_dependencies_fault_the_module_and_its_dependents()
    {
        _plugins.AddGeneric("alpha", "1.0.0")
            .AddGeneric("delta", "1.0.0", ("ghost", "^1.0"))
            .AddGeneric("epsilon", "1.0.0", ("alpha", "^2.0"))
            .AddGeneric("zeta", "1.0.0", ("epsilon", "^1.0"));
        using var host = Host();
        var client = host.CreateAdministratorClient();

        var modules = await client.GetJsonAsync("/api/platform/modules");
        AssertFaulted(modules, "delta", "'ghost' ^1.0, which is not installed");
        AssertFaulted(modules, "epsilon", "'alpha' ^2.0, but version 1.0.0 is installed");
        AssertFaulted(modules, "zeta", "dependency 'epsilon' is Faulted");
        Assert.Equal("Running", modules.ModuleById("alpha").GetProperty("state").GetString());

        var health = await client.GetJsonAsync("/health");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        var description = health.GetProperty("checks").GetProperty("modules").GetProperty("description").GetString()!;
        Assert.Contains("delta", description);
        Assert.Contains("zeta", description);

        var unavailable = await client.GetAsync("/api/delta/ping");
        var problem = await unavailable.ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("ghost", problem.GetProperty("detail").GetString());
        await client.GetJsonAsync("/api/alpha/ping");
        await client.PostJsonAsync("/api/projects/projects", new { key = "OK", name = "Still serving" }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_dependency_cycle_faults_every_member_and_names_the_cycle()
    {
        _plugins.AddGeneric("cyc-a", "1.0.0", ("cyc-b", "^1.0"))
            .AddGeneric("cyc-b", "1.0.0", ("cyc-a", "^1.0"))
            .AddGeneric("after-cycle", "1.0.0", ("cyc-a", "^1.0"));
        using var host = Host();
        var modules = await host.CreateAdministratorClient().GetJsonAsync("/api/platform/modules");

        AssertFaulted(modules, "cyc-a", "dependency cycle: cyc-a -> cyc-b -> cyc-a");
        AssertFaulted(modules, "cyc-b", "dependency cycle");
        AssertFaulted(modules, "after-cycle", "dependency");
        Assert.Equal("Running", modules.ModuleById("projects").GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("configure", "register")]
    [InlineData("start", "start")]
    [InlineData("endpoints", "endpoints")]
    public async Task An_exception_in_a_lifecycle_step_faults_the_module_and_its_dependents(string throwIn, string step)
    {
        _plugins.AddGeneric("fragile", "1.0.0").AddGeneric("dependent", "1.0.0", ("fragile", "^1.0")).AddGeneric("bystander", "1.0.0");
        using var host = Host(new() { ["Modules:fragile:ThrowIn"] = throwIn });
        var client = host.CreateAdministratorClient();

        var modules = await client.GetJsonAsync("/api/platform/modules");
        var fragile = AssertFaulted(modules, "fragile", $"fixture fragile was told to fail in {throwIn}");
        Assert.Equal(step, fragile.GetProperty("faultedDuring").GetString());
        AssertFaulted(modules, "dependent", "dependency 'fragile' is Faulted");
        Assert.Equal("Running", modules.ModuleById("bystander").GetProperty("state").GetString());
        await (await client.GetAsync("/api/fragile/ping")).ReadJsonAsync(HttpStatusCode.ServiceUnavailable);
        await client.GetJsonAsync("/api/bystander/ping");
    }

    [Fact]
    public async Task A_failing_migration_faults_only_that_module()
    {
        _plugins.Add(TestPaths.FixturePlugin("broken-migration"));
        using var host = Host();
        var client = host.CreateAdministratorClient();

        var modules = await client.GetJsonAsync("/api/platform/modules");
        var broken = AssertFaulted(modules, "broken-migration", "migrate failed");
        Assert.Equal("migrate", broken.GetProperty("faultedDuring").GetString());
        Assert.Equal("Running", modules.ModuleById("projects").GetProperty("state").GetString());
        await client.PostJsonAsync("/api/projects/projects", new { key = "MIG", name = "Unaffected" }, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Invalid_manifests_are_reported_with_every_problem()
    {
        _plugins.AddRaw("not-json", "{ this is not json")
            .AddRaw("bad-fields", """{ "id": "Bad Id", "name": "x", "version": "1.0", "sdk": "^1.0", "entryAssembly": "../evil.dll" }""")
            .AddRewritten(TestPaths.FixturePlugin("generic"), "future-sdk", m => { m["id"] = "future-sdk"; m["sdk"] = "^2.0"; });
        using var host = Host();
        var modules = await host.CreateAdministratorClient().GetJsonAsync("/api/platform/modules");

        AssertFaulted(modules, "not-json", "not valid JSON");
        var bad = AssertFaulted(modules, "bad-fields", "id 'Bad Id'");
        var reason = bad.GetProperty("reason").GetString()!;
        Assert.Contains("version '1.0' is not a SemVer 2 version", reason);
        Assert.Contains("entryAssembly '../evil.dll'", reason);
        AssertFaulted(modules, "future-sdk", "built for SDK ^2.0");
        Assert.Equal("Running", modules.ModuleById("projects").GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_disabled_module_is_reported_as_disabled_and_its_dependents_fault()
    {
        _plugins.AddGeneric("alpha", "1.0.0").AddGeneric("beta", "1.0.0", ("alpha", "^1.0"));
        using var host = Host(new() { ["Platform:Plugins:Disabled:0"] = "alpha" });
        var modules = await host.CreateAdministratorClient().GetJsonAsync("/api/platform/modules");

        Assert.Equal("Disabled", modules.ModuleById("alpha").GetProperty("state").GetString());
        AssertFaulted(modules, "beta", "dependency 'alpha' is Disabled");
    }

    private PlatformHost Host(Dictionary<string, string?>? settings = null) =>
        new(_plugins.Path, _temp.Combine("data"), _database, settings);

    private static JsonElement AssertFaulted(JsonElement modules, string id, string reasonContains)
    {
        var module = modules.ModuleById(id);
        Assert.Equal("Faulted", module.GetProperty("state").GetString());
        Assert.Contains(reasonContains, module.GetProperty("reason").GetString());
        return module;
    }
}
