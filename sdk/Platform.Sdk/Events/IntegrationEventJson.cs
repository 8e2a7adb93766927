using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Sdk.Events;

/// <summary>The JSON form of event payloads: camelCase properties, enums as their names (as the REST API writes them).</summary>
public static class IntegrationEventJson
{
    /// <summary>Serializer options for event payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
