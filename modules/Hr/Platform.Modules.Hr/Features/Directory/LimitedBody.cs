namespace Platform.Modules.Hr.Features.Directory;

/// <summary>Reads raw request bodies (photos, import files) up to a size limit, without buffering more than the limit.</summary>
internal static class LimitedBody
{
    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (the rest is never read).</summary>
    public static async Task<byte[]?> ReadAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
