using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Domain;

/// <summary>A unit of the organisation; departments form a tree (no cycles) and may have a head.</summary>
public sealed class Department : IVersioned
{
    public const int NameMaxLength = 150;
    public const int CodeMaxLength = 20;

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>A short unique code (e.g. ENG), used by imports and exports.</summary>
    public string? Code { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>The employee heading the department.</summary>
    public Guid? HeadId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long Version { get; set; }
}
