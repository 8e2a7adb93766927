namespace Platform.Host.Identity.Access;

/// <summary>
/// A permission whose default role grants have been applied. Recorded so that a grant an administrator removes later
/// is not put back on the next start.
/// </summary>
public sealed class SeededPermission
{
    public const int NameMaxLength = 200;

    public string Name { get; set; } = "";

    public DateTimeOffset SeededAt { get; set; }
}
