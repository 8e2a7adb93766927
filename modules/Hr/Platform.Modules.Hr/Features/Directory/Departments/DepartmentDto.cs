using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Directory.Departments;

/// <summary>A department as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record DepartmentDto(Guid Id, string Name, string? Code, Guid? ParentId, Guid? HeadId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static DepartmentDto From(Department d) => new(d.Id, d.Name, d.Code, d.ParentId, d.HeadId, d.CreatedAt, d.UpdatedAt, d.Version);
}

/// <summary>A department's editable fields: a unique optional code (upper-case, e.g. ENG), its parent and its head (an employee).</summary>
public sealed record DepartmentRequest(string Name, string? Code = null, Guid? ParentId = null, Guid? HeadId = null);
