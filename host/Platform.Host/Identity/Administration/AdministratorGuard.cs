namespace Platform.Host.Identity.Administration;

/// <summary>
/// Serialises the changes that could leave the platform without an active administrator (deactivating a user,
/// removing the Administrator role, deleting roles), so two concurrent requests cannot each remove "the other"
/// last administrator. The check and the change run under this lock within one host.
/// </summary>
internal sealed class AdministratorGuard : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<IDisposable> LockAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        return new Release(_lock);
    }

    public void Dispose() => _lock.Dispose();

    private sealed class Release(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
