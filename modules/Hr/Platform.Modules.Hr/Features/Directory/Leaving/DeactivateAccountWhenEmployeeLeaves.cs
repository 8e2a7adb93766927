using Platform.Modules.Hr.Events;
using Platform.Sdk.Events;
using Platform.Sdk.People;

namespace Platform.Modules.Hr.Features.Directory.Leaving;

/// <summary>
/// Someone who left the organisation must not keep signing in: their platform account is deactivated (which also
/// revokes their tokens). An event handler rather than a direct call, so that the leave is recorded even while
/// the account side is unavailable, and the deactivation is retried until it succeeds.
/// </summary>
internal sealed class DeactivateAccountWhenEmployeeLeaves(IUserAccounts accounts) : IIntegrationEventHandler<EmployeeLeft>
{
    public const string Reason = "employee left";

    public async Task HandleAsync(EmployeeLeft integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        if (integrationEvent.UserId is { } userId)
        {
            // False means the account is gone already: nothing left to deactivate.
            await accounts.DeactivateAsync(userId, Reason, cancellationToken);
        }
    }
}
