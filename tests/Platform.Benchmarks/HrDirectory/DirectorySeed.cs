using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Persistence;

namespace Platform.Benchmarks.HrDirectory;

/// <summary>A company of a given size: departments in two levels, a few locations, managers, titles and skills.</summary>
internal static class DirectorySeed
{
    private static readonly string[] FirstNames = ["Anna", "Ben", "Carla", "David", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira", "Luis", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sami", "Tara", "Ugo"];
    private static readonly string[] LastNames = ["Meyer", "Silva", "Novak", "Rossi", "Khan", "Berg", "Costa", "Dubois", "Ek", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nagy", "Olsen", "Petrov"];
    private static readonly string[] Titles = ["Software Engineer", "Senior Software Engineer", "Accountant", "Sales Representative", "Designer", "Support Specialist", "Product Manager", "Recruiter", "Data Analyst", "Office Manager"];
    private static readonly string[] Skills = ["csharp", "sql", "kubernetes", "negotiation", "figma", "excel", "python", "german", "spanish", "accounting", "recruiting", "writing"];

    /// <summary>Seeds the company and returns the id of a top-level department (its sub-departments hold a tenth of the people).</summary>
    public static async Task<Guid> SeedAsync(HrDbContext db, int employees)
    {
        var now = DateTimeOffset.UtcNow;
        var locations = Enumerable.Range(1, 4).Select(n => new Location { Id = Guid.CreateVersion7(), Name = $"Office {n}", TimeZoneId = "Europe/Berlin", CreatedAt = now, UpdatedAt = now }).ToList();
        var top = Enumerable.Range(1, 10).Select(n => new Department { Id = Guid.CreateVersion7(), Name = $"Division {n}", Code = $"D{n}", CreatedAt = now, UpdatedAt = now }).ToList();
        var sub = top.SelectMany(d => Enumerable.Range(1, 3).Select(n => new Department { Id = Guid.CreateVersion7(), Name = $"{d.Name} team {n}", Code = $"{d.Code}T{n}", ParentId = d.Id, CreatedAt = now, UpdatedAt = now })).ToList();
        db.Locations.AddRange(locations);
        db.Departments.AddRange(top);
        db.Departments.AddRange(sub);
        await db.SaveChangesAsync();

        var random = new Random(42);
        var managers = new List<Guid>();
        for (var n = 1; n <= employees; n++)
        {
            var department = sub[random.Next(sub.Count)];
            var employee = new Employee
            {
                Id = Guid.CreateVersion7(),
                EmployeeNumber = $"E{n:D6}",
                FirstName = FirstNames[random.Next(FirstNames.Length)],
                LastName = LastNames[random.Next(LastNames.Length)],
                JobTitle = Titles[random.Next(Titles.Length)],
                DepartmentId = department.Id,
                LocationId = locations[random.Next(locations.Count)].Id,
                ManagerId = managers.Count == 0 ? null : managers[random.Next(managers.Count)],
                StartDate = new DateOnly(2020, 1, 1).AddDays(random.Next(2000)),
                EmploymentType = EmploymentType.FullTime,
                Status = EmployeeStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            };
            employee.WorkEmail = $"{employee.FirstName}.{employee.LastName}.{n}@example.com".ToLowerInvariant();
            var skills = Skills.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
            employee.SearchText = EmployeeSearch.TextOf(employee, skills);
            db.Employees.Add(employee);
            db.EmployeeSkills.AddRange(skills.Select(s => new EmployeeSkill { EmployeeId = employee.Id, Skill = s }));
            if (n % 8 == 1)
            {
                managers.Add(employee.Id);
            }

            if (n % 1000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return top[0].Id;
    }
}
