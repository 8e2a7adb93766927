using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Platform.Host.Kernel.Modules;
using Platform.Sdk.Events;

namespace Platform.Host.Kernel.Events;

/// <summary>One event type in the catalogue, with the JSON schema of its payload.</summary>
public sealed record EventTypeDescription(string Name, string Module, string? Description, JsonNode Schema, IReadOnlyList<string> Consumers);

/// <summary>The event types published by running modules, with who consumes them.</summary>
internal sealed class EventCatalog(ModuleCatalog modules)
{
    public IReadOnlyList<EventTypeDescription> Describe() =>
        modules.Running
            .SelectMany(m => m.Builder!.Events.Published.Select(e => (Module: m, Event: e)))
            .OrderBy(x => x.Event.EventName, StringComparer.Ordinal)
            .Select(x => new EventTypeDescription(
                x.Event.EventName,
                x.Module.Id,
                x.Event.Description,
                SchemaOf(x.Event.EventType),
                modules.SubscribersOf(x.Event.EventName).Select(s => s.Subscription.Consumer).ToList()))
            .ToList();

    private static JsonNode SchemaOf(Type type) =>
        IntegrationEventJson.Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
}
