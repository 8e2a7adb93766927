using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>
/// A Projects database of the first version (1.1: one free-text assignee per task, fixed statuses) upgraded by the
/// planning migration: user-id assignees become person assignees, every project gets the statuses its tasks use, and
/// cards keep their numbering order on the board.
/// </summary>
public sealed class ProjectsUpgradeTests : IDisposable
{
    private const string ProjectId = "0193a6c0-0000-7000-8000-000000000001";
    private const string AssignedTaskId = "0193a6c0-0000-7000-8000-000000000002";
    private const string FreeTextTaskId = "0193a6c0-0000-7000-8000-000000000003";
    private const string UserId = "0193a6c0-0000-7000-8000-0000000000aa";

    private readonly string _directory = Directory.CreateTempSubdirectory("platform-upgrade-").FullName;

    [Fact]
    public async Task Sqlite_first_version_data_survives_the_planning_migration()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "projects.db") }.ToString();
        await using var context = MigratedStores.Named("projects").CreateContext(DatabaseProvider.Sqlite, connectionString);
        await UpgradeAsync(context, table => table, column => column, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Postgres_first_version_data_survives_the_planning_migration()
    {
        var server = Environment.GetEnvironmentVariable(PostgresMigrationTests.ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{PostgresMigrationTests.ConnectionVariable} is not set; the PostgreSQL upgrade was not run.");
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        var name = $"platform_upgrade_{Guid.CreateVersion7():N}";
        await ExecuteAsync(new NpgsqlConnection(server), $"CREATE DATABASE \"{name}\"", cancellationToken);
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString();
            await using var context = MigratedStores.Named("projects").CreateContext(DatabaseProvider.Postgres, connectionString);
            await UpgradeAsync(context, table => $"projects.{table}", column => $"\"{column}\"", cancellationToken);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(new NpgsqlConnection(server), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", cancellationToken);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task UpgradeAsync(DbContext context, Func<string, string> table, Func<string, string> c, CancellationToken cancellationToken)
    {
        var migrator = context.GetService<IMigrator>();
        var firstVersion = context.Database.GetMigrations().Single(m => m.EndsWith("_ProjectAccess", StringComparison.Ordinal));
        await migrator.MigrateAsync(firstVersion, cancellationToken);

        var upper = context.Database.IsSqlite(); // SQLite keeps GUIDs as upper-case text
        string Id(string id) => upper ? id.ToUpperInvariant() : id;
        var at = upper ? "0" : "'2026-11-01T00:00:00Z'"; // SQLite stores times as binary numbers, PostgreSQL as timestamptz
        await QueryAsync(context, 
            $"INSERT INTO {table("projects")} ({c("Id")}, {c("Key")}, {c("Name")}, {c("Status")}, {c("Visibility")}, {c("LastTaskNumber")}, {c("CreatedAt")}, {c("UpdatedAt")}, {c("Version")}) " +
            $"VALUES ('{Id(ProjectId)}', 'OLD', 'Old project', 'Active', 'Company', 2, {at}, {at}, 0)", cancellationToken);
        await QueryAsync(context, 
            $"INSERT INTO {table("tasks")} ({c("Id")}, {c("ProjectId")}, {c("Number")}, {c("Title")}, {c("Status")}, {c("Priority")}, {c("AssigneeId")}, {c("CreatedAt")}, {c("UpdatedAt")}, {c("Version")}) " +
            $"VALUES ('{Id(AssignedTaskId)}', '{Id(ProjectId)}', 1, 'Assigned', 'InProgress', 'Normal', '{UserId}', {at}, {at}, 0), " +
            $"('{Id(FreeTextTaskId)}', '{Id(ProjectId)}', 2, 'Free text', 'Done', 'Normal', 'bob from sales', {at}, {at}, 0)", cancellationToken);

        await context.Database.MigrateAsync(cancellationToken);

        var assignees = await QueryAsync(context, $"SELECT {c("TaskId")}, {c("Kind")}, {c("PrincipalId")} FROM {table("task_assignees")}", cancellationToken);
        var assignee = Assert.Single(assignees);
        Assert.Equal([AssignedTaskId, "Person", UserId], assignee.Select(v => v.ToLowerInvariant().Replace("person", "Person", StringComparison.Ordinal)));

        var statuses = await QueryAsync(context, $"SELECT {c("Key")}, {c("Category")} FROM {table("task_statuses")} ORDER BY {c("Position")}", cancellationToken);
        Assert.Equal([["ToDo", "ToDo"], ["InProgress", "InProgress"], ["Done", "Done"]], statuses);

        var order = await QueryAsync(context, $"SELECT {c("Number")}, {c("BoardOrder")} FROM {table("tasks")} ORDER BY {c("Number")}", cancellationToken);
        Assert.Equal([["1", "1"], ["2", "2"]], order);
    }

    private static async Task<List<string[]>> QueryAsync(DbContext context, string sql, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string[]>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
