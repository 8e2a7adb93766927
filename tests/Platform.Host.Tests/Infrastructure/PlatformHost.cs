using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel.Modules;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>
/// The real host in-process: real plugin folders, a real database, the real HTTP pipeline (TestServer).
/// </summary>
public sealed class PlatformHost : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _time;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Extra registrations, e.g. a logger provider that captures the host's log output.</param>
    public PlatformHost(
        string pluginsPath, string dataPath, TestDatabase database, IDictionary<string, string?>? settings = null, TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        _time = time;
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Platform:Plugins:Paths:0"] = pluginsPath,
            ["Platform:DataDirectory"] = dataPath,
            ["Platform:Events:PollInterval"] = "00:00:00.200",
            ["Platform:Events:InitialBackoff"] = "00:00:00.100",
            ["Platform:Identity:RequireHttps"] = "false", // TestServer speaks plain HTTP
        };
        foreach (var (key, value) in database.Settings())
        {
            _settings[key] = value;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Clients are handed out once the kernel has loaded the modules, as a load balancer would wait for /health/ready.</summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        Services.GetRequiredService<KernelReadiness>().Loaded.WaitAsync(TimeSpan.FromSeconds(60)).GetAwaiter().GetResult();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        if (_time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(_time));
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
