namespace Platform.Sdk.Persistence;

/// <summary>
/// Keeps a property's values out of the audit trail: the trail records that it was set, changed or cleared, never
/// what it held. For personal data (so that erasing a person's data does not leave it in the history), secrets and
/// hashes. Binary (<c>byte[]</c>) properties are always recorded this way, with their length.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute
{
    /// <summary>What the trail shows instead of a redacted value.</summary>
    public const string Placeholder = "[redacted]";
}
