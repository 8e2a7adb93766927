using Microsoft.Extensions.Primitives;

namespace Platform.Host.Kernel.Modules;

/// <summary>
/// The route table of all modules. It is part of the application before the server starts, and fills in
/// when the kernel has mapped the modules, so the server can listen (and answer health probes) while
/// modules load.
/// </summary>
internal sealed class ModuleEndpointDataSource : EndpointDataSource
{
    private readonly Lock _gate = new();
    private IReadOnlyList<Endpoint> _endpoints = [];
    private CancellationTokenSource _changed = new();

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

    public override IChangeToken GetChangeToken()
    {
        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <summary>Publishes the endpoints of the given module route sources in one step.</summary>
    public void Publish(IEnumerable<EndpointDataSource> sources)
    {
        CancellationTokenSource previous;
        lock (_gate)
        {
            _endpoints = [.. _endpoints, .. sources.SelectMany(s => s.Endpoints)];
            previous = _changed;
            _changed = new CancellationTokenSource();
        }

        previous.Cancel();
        previous.Dispose();
    }
}
