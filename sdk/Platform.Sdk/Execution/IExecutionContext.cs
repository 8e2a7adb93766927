namespace Platform.Sdk.Execution;

/// <summary>
/// The ambient facts of the current operation (an HTTP request, an event delivery, a background job):
/// who acts and which correlation id ties the work together. The host fills it; modules read it.
/// </summary>
public interface IExecutionContext
{
    /// <summary>The acting user, client or system.</summary>
    Actor Actor { get; }

    /// <summary>Correlates everything caused by one original request.</summary>
    string CorrelationId { get; }
}
