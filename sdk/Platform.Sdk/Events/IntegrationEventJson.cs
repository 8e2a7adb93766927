using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Sdk.Events;

/// <summary>The JSON form of event payloads: camelCase, enums as strings, the same on both sides.</summary>
public static class IntegrationEventJson
{
    /// <summary>Serializer options for event payloads.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
