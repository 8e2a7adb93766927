using Platform.Sdk.Execution;

namespace Platform.Sdk.Persistence;

/// <summary>The services a context needs to stamp audit records and outbox rows.</summary>
internal sealed record ModuleDbContextRuntime(string ModuleId, TimeProvider Time, IExecutionContext Execution, IOutboxSignal? Signal)
{
    public static ModuleDbContextRuntime Default { get; } =
        new("design", TimeProvider.System, new SystemExecutionContext(), null);

    private sealed class SystemExecutionContext : IExecutionContext
    {
        public Actor Actor => Actor.System;

        public string CorrelationId => "";
    }
}
