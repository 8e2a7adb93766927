namespace Platform.Sdk.Storage;

/// <summary>
/// A content-addressed set of blobs: a blob's key is the lower-case hex SHA-256 of its content, so identical content is
/// stored once and a key always names the same bytes. Writes are atomic: a blob is written aside, flushed to the disk,
/// then moved into place, so a crash leaves either the whole blob or none of it under its key. Resumable uploads write
/// into a staging area first (<see cref="AppendStagedAsync(string, Stream, long, long, CancellationToken)"/>) and become a blob when committed.
/// Implementations are thread-safe.
/// </summary>
public interface IBlobContainer
{
    /// <summary>
    /// Streams <paramref name="content"/> into a new blob, hashing it on the way; never holds it in memory.
    /// Throws <see cref="BlobTooLargeException"/> (and keeps nothing) once more than <paramref name="maxLength"/> bytes arrive,
    /// and keeps nothing when the stream fails or <paramref name="cancellationToken"/> fires.
    /// </summary>
    /// <param name="content">The content, read to its end.</param>
    /// <param name="maxLength">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is kept.</param>
    Task<StoredBlob> PutAsync(Stream content, long maxLength, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="PutAsync(Stream, long, CancellationToken)"/>, for content whose length is announced up front (a request's
    /// Content-Length). A provider may reserve the space before reading anything: a store without room then fails at once
    /// with <see cref="BlobStoreFullException"/> instead of after most of the body arrived, and the write is faster.
    /// The content may still end earlier or run longer; the announcement is a hint, <paramref name="maxLength"/> the limit.
    /// </summary>
    /// <param name="content">The content, read to its end.</param>
    /// <param name="maxLength">The most bytes accepted.</param>
    /// <param name="expectedLength">The announced length, or null when unknown.</param>
    /// <param name="cancellationToken">Cancels the write; nothing is kept.</param>
    Task<StoredBlob> PutAsync(Stream content, long maxLength, long? expectedLength, CancellationToken cancellationToken)
        => PutAsync(content, maxLength, cancellationToken);

    /// <summary>Opens the blob <paramref name="hash"/> for reading (a seekable stream), or null when there is none.</summary>
    /// <param name="hash">The blob's key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<Stream?> OpenReadAsync(string hash, CancellationToken cancellationToken);

    /// <summary>What is known of the blob <paramref name="hash"/>, or null when there is none.</summary>
    /// <param name="hash">The blob's key.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<BlobInfo?> GetInfoAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Deletes the blob <paramref name="hash"/>; false when there was none.</summary>
    /// <param name="hash">The blob's key.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    Task<bool> DeleteAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Every blob of the container, in no particular order (for sweeps of unreferenced blobs).</summary>
    /// <param name="cancellationToken">Stops the listing.</param>
    IAsyncEnumerable<BlobInfo> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="content"/> to the staged upload <paramref name="uploadId"/> (created when absent), which must
    /// hold exactly <paramref name="offset"/> bytes so far; a mismatch throws <see cref="StagedOffsetMismatchException"/>.
    /// What arrives before a failure or a cut connection is kept (and flushed), so the client can resume from the length
    /// returned by <see cref="GetStagedLengthAsync"/>. Throws <see cref="BlobTooLargeException"/> past <paramref name="maxLength"/> bytes in all.
    /// </summary>
    /// <param name="uploadId">The upload's id: letters, digits and '-' only.</param>
    /// <param name="content">The next bytes.</param>
    /// <param name="offset">How many bytes the caller believes are staged already.</param>
    /// <param name="maxLength">The most bytes the upload may hold in all.</param>
    /// <param name="cancellationToken">Stops reading; what was written stays staged.</param>
    /// <returns>The staged length afterwards.</returns>
    Task<long> AppendStagedAsync(string uploadId, Stream content, long offset, long maxLength, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="AppendStagedAsync(string, Stream, long, long, CancellationToken)"/>, for bytes whose length is announced
    /// up front (the request's Content-Length): a provider may reserve their space first and fail at once with
    /// <see cref="BlobStoreFullException"/> when there is no room. What was staged before stays.
    /// </summary>
    /// <param name="uploadId">The upload's id: letters, digits and '-' only.</param>
    /// <param name="content">The next bytes.</param>
    /// <param name="offset">How many bytes the caller believes are staged already.</param>
    /// <param name="maxLength">The most bytes the upload may hold in all.</param>
    /// <param name="expectedLength">How many bytes this append announces, or null when unknown.</param>
    /// <param name="cancellationToken">Stops reading; what was written stays staged.</param>
    /// <returns>The staged length afterwards.</returns>
    Task<long> AppendStagedAsync(string uploadId, Stream content, long offset, long maxLength, long? expectedLength, CancellationToken cancellationToken)
        => AppendStagedAsync(uploadId, content, offset, maxLength, cancellationToken);

    /// <summary>How many bytes the staged upload <paramref name="uploadId"/> holds (0 when it does not exist).</summary>
    /// <param name="uploadId">The upload's id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<long> GetStagedLengthAsync(string uploadId, CancellationToken cancellationToken);

    /// <summary>Turns the staged upload <paramref name="uploadId"/> into a blob (hashing it) and removes it from staging.</summary>
    /// <param name="uploadId">The upload's id.</param>
    /// <param name="cancellationToken">Cancels the commit; the upload stays staged.</param>
    Task<StoredBlob> CommitStagedAsync(string uploadId, CancellationToken cancellationToken);

    /// <summary>Discards the staged upload <paramref name="uploadId"/>, if there is one.</summary>
    /// <param name="uploadId">The upload's id.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    Task DeleteStagedAsync(string uploadId, CancellationToken cancellationToken);
}

/// <summary>A blob just stored.</summary>
/// <param name="Hash">Its key: the lower-case hex SHA-256 of the content.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="AlreadyExisted">Whether identical content was stored before (and this write added nothing).</param>
public sealed record StoredBlob(string Hash, long Length, bool AlreadyExisted);

/// <summary>A blob of a container.</summary>
/// <param name="Hash">Its key.</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="StoredAt">When it was stored, for sweeps that spare recent blobs.</param>
public sealed record BlobInfo(string Hash, long Length, DateTimeOffset StoredAt);

/// <summary>Content longer than the caller allowed; nothing was kept.</summary>
/// <param name="maxLength">The limit that was passed.</param>
public sealed class BlobTooLargeException(long maxLength)
    : IOException($"The content is longer than the {maxLength} bytes allowed.")
{
    /// <summary>The limit that was passed.</summary>
    public long MaxLength { get; } = maxLength;
}

/// <summary>The store has no room for the content (the disk is full); nothing was kept.</summary>
public sealed class BlobStoreFullException : IOException
{
    /// <summary>Wraps the storage's own error.</summary>
    /// <param name="inner">What the storage reported.</param>
    public BlobStoreFullException(Exception inner)
        : base("The document store has no room for the content.", inner)
    {
    }
}

/// <summary>An append to a staged upload at an offset other than its current length; nothing was written.</summary>
/// <param name="expected">The offset the caller gave.</param>
/// <param name="actual">The staged length.</param>
public sealed class StagedOffsetMismatchException(long expected, long actual)
    : IOException($"The upload holds {actual} bytes, not {expected}.")
{
    /// <summary>The staged length.</summary>
    public long ActualOffset { get; } = actual;
}
