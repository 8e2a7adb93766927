using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>
/// Reads an optional JSON body by hand. A bound body parameter makes routing demand a JSON Content-Type, so a bodyless
/// POST (a plain "check out" or "restore") would match no endpoint; reading it here lets both forms through.
/// </summary>
internal static class OptionalJsonBody
{
    // The web defaults (camelCase, case-insensitive), resolved by reflection: these small request records are not in
    // the host's source-generated contexts.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    /// <summary>The body as <typeparamref name="T"/>, null when there is none; false when it is not valid JSON of that shape.</summary>
    public static async Task<(bool Ok, T? Value)> TryReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return (true, null);
        }

        try
        {
            if (!request.HasJsonContentType())
            {
                return (false, null);
            }

            return (true, await JsonSerializer.DeserializeAsync<T>(request.Body, Json, cancellationToken));
        }
        catch (JsonException)
        {
            return (false, null);
        }
    }
}
