using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.Modules.Documents.Features.Uploads;

internal static class UploadOptions
{
    /// <summary>OPTIONS /uploads: what the server speaks (tus discovery).</summary>
    public static NoContent Handle(HttpResponse response, DocumentsOptions options)
    {
        response.Headers[TusProtocol.VersionHeader] = TusProtocol.Version;
        response.Headers[TusProtocol.ExtensionHeader] = TusProtocol.Extensions;
        response.Headers[TusProtocol.MaxSizeHeader] = options.MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.NoContent();
    }
}
