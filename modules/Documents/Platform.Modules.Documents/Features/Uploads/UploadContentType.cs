namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>Stand-in with the signature of the Files area's ContentSniffer.SniffAsync until the branches merge; the merge deletes it.</summary>
internal static class UploadContentType
{
    public static Task<string> SniffAsync(Stream content, string fileName, CancellationToken cancellationToken) => Task.FromResult("application/octet-stream");
}
