using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Persistence.Configurations.Directory;

internal sealed class EmployeeConfiguration : IEntityTypeConfiguration<Employee>
{
    public void Configure(EntityTypeBuilder<Employee> employee)
    {
        employee.ToTable("employees");
        employee.HasKey(e => e.Id);
        employee.Ignore(e => e.DisplayName);
        employee.Property(e => e.EmployeeNumber).HasMaxLength(Employee.NumberMaxLength);
        employee.HasIndex(e => e.EmployeeNumber).IsUnique();
        employee.Property(e => e.FirstName).HasMaxLength(Employee.NameMaxLength);
        employee.Property(e => e.LastName).HasMaxLength(Employee.NameMaxLength);
        employee.Property(e => e.WorkEmail).HasMaxLength(Employee.EmailMaxLength);
        employee.Property(e => e.WorkPhone).HasMaxLength(Employee.PhoneMaxLength);
        employee.Property(e => e.JobTitle).HasMaxLength(Employee.TitleMaxLength);
        employee.Property(e => e.EmploymentType).HasConversion<string>().HasMaxLength(20);
        employee.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        employee.Property(e => e.SearchText).HasMaxLength(Employee.SearchTextMaxLength);
        employee.Property(e => e.PrivateAddress).HasMaxLength(Employee.AddressMaxLength);
        employee.Property(e => e.EmergencyContactName).HasMaxLength(Employee.NameMaxLength * 2);
        employee.Property(e => e.EmergencyContactPhone).HasMaxLength(Employee.PhoneMaxLength);
        employee.Property(e => e.KioskPinHash).HasMaxLength(200);
        employee.HasIndex(e => e.UserId).IsUnique();
        employee.HasIndex(e => e.ManagerId);
        employee.HasIndex(e => e.DepartmentId);
        employee.HasIndex(e => new { e.LastName, e.FirstName });
        employee.HasOne<Employee>().WithMany().HasForeignKey(e => e.ManagerId).OnDelete(DeleteBehavior.Restrict);
        employee.HasOne<Department>().WithMany().HasForeignKey(e => e.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        employee.HasOne<Location>().WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmployeeSkillConfiguration : IEntityTypeConfiguration<EmployeeSkill>
{
    public void Configure(EntityTypeBuilder<EmployeeSkill> skill)
    {
        skill.ToTable("employee_skills");
        skill.HasKey(s => new { s.EmployeeId, s.Skill });
        skill.Property(s => s.Skill).HasMaxLength(EmployeeSkill.MaxLength);
        skill.HasIndex(s => s.Skill);
        skill.HasOne<Employee>().WithMany().HasForeignKey(s => s.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EmployeePhotoConfiguration : IEntityTypeConfiguration<EmployeePhoto>
{
    public void Configure(EntityTypeBuilder<EmployeePhoto> photo)
    {
        photo.ToTable("employee_photos");
        photo.HasKey(p => p.EmployeeId);
        photo.Property(p => p.ContentType).HasMaxLength(100);
        photo.HasOne<Employee>().WithOne().HasForeignKey<EmployeePhoto>(p => p.EmployeeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> department)
    {
        department.ToTable("departments");
        department.HasKey(d => d.Id);
        department.Property(d => d.Name).HasMaxLength(Department.NameMaxLength);
        department.Property(d => d.Code).HasMaxLength(Department.CodeMaxLength);
        department.HasIndex(d => d.Code).IsUnique();
        department.HasIndex(d => d.ParentId);
        department.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        // The head is an employee; the employee row points back at departments, so this key is kept without a
        // database constraint (EF cannot order inserts around a two-way cycle) and checked by the rules instead.
    }
}

internal sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> location)
    {
        location.ToTable("locations");
        location.HasKey(l => l.Id);
        location.Property(l => l.Name).HasMaxLength(Location.NameMaxLength);
        location.HasIndex(l => l.Name).IsUnique();
        location.Property(l => l.TimeZoneId).HasMaxLength(Location.TimeZoneMaxLength);
        location.Property(l => l.Address).HasMaxLength(Employee.AddressMaxLength);
    }
}
