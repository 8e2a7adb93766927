namespace Platform.Sdk.Persistence;

/// <summary>Supplied by the host: woken after a commit wrote outbox rows, so delivery does not wait for the next poll.</summary>
public interface IOutboxSignal
{
    /// <summary>Called after a successful save that wrote outbox rows.</summary>
    /// <param name="moduleId">The module whose outbox has new rows.</param>
    void OutboxWritten(string moduleId);
}
