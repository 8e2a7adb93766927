using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.Modules.Documents.Features.Locks;

/// <summary>
/// Reads an optional JSON body by hand. A bound body parameter makes routing demand a JSON Content-Type, so a bodyless
/// POST (a plain "check out" or "restore") would match no endpoint; reading it here lets both forms through.
/// </summary>
internal static class OptionalJsonBody
{
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
            return (true, await request.ReadFromJsonAsync<T>(cancellationToken));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return (false, null);
        }
    }
}
