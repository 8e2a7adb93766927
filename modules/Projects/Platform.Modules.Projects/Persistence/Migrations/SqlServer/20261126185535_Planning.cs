using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Projects.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Planning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_AssigneeId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_Status",
                schema: "projects",
                table: "tasks");


            migrationBuilder.AlterColumn<string>(
                name: "Status",
                schema: "projects",
                table: "tasks",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<double>(
                name: "BoardOrder",
                schema: "projects",
                table: "tasks",
                type: "float",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "DurationDays",
                schema: "projects",
                table: "tasks",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateHours",
                schema: "projects",
                table: "tasks",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MilestoneId",
                schema: "projects",
                table: "tasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                schema: "projects",
                table: "tasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Progress",
                schema: "projects",
                table: "tasks",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "RemainingHours",
                schema: "projects",
                table: "tasks",
                type: "decimal(9,2)",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReporterId",
                schema: "projects",
                table: "tasks",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchedulingMode",
                schema: "projects",
                table: "tasks",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Automatic");

            migrationBuilder.AddColumn<Guid>(
                name: "DepartmentId",
                schema: "projects",
                table: "projects",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HolidayCalendarId",
                schema: "projects",
                table: "projects",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkingWeekdays",
                schema: "projects",
                table: "projects",
                type: "int",
                nullable: false,
                defaultValue: 62);

            migrationBuilder.CreateTable(
                name: "milestones",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    ReachedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Health = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_milestones_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_activity",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Event = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_activity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_activity_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_non_working_days",
                schema: "projects",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_non_working_days", x => new { x.ProjectId, x.Date });
                    table.ForeignKey(
                        name: "FK_project_non_working_days_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_assignees",
                schema: "projects",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PrincipalId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_assignees", x => new { x.TaskId, x.Kind, x.PrincipalId });
                    table.ForeignKey(
                        name: "FK_task_assignees_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "projects",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_dependencies",
                schema: "projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LagDays = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_dependencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_dependencies_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_task_dependencies_tasks_PredecessorId",
                        column: x => x.PredecessorId,
                        principalSchema: "projects",
                        principalTable: "tasks",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_task_dependencies_tasks_SuccessorId",
                        column: x => x.SuccessorId,
                        principalSchema: "projects",
                        principalTable: "tasks",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "task_labels",
                schema: "projects",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_labels", x => new { x.TaskId, x.Label });
                    table.ForeignKey(
                        name: "FK_task_labels_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "projects",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_statuses",
                schema: "projects",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Key = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    WipLimit = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_statuses", x => new { x.ProjectId, x.Key });
                    table.ForeignKey(
                        name: "FK_task_statuses_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "projects",
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_watchers",
                schema: "projects",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_watchers", x => new { x.TaskId, x.UserId });
                    table.ForeignKey(
                        name: "FK_task_watchers_tasks_TaskId",
                        column: x => x.TaskId,
                        principalSchema: "projects",
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_MilestoneId",
                schema: "projects",
                table: "tasks",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ParentId",
                schema: "projects",
                table: "tasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_DueDate",
                schema: "projects",
                table: "tasks",
                columns: new[] { "ProjectId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_Status_BoardOrder",
                schema: "projects",
                table: "tasks",
                columns: new[] { "ProjectId", "Status", "BoardOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_DepartmentId",
                schema: "projects",
                table: "projects",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_ProjectId_Date",
                schema: "projects",
                table: "milestones",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_project_activity_ProjectId_OccurredAt",
                schema: "projects",
                table: "project_activity",
                columns: new[] { "ProjectId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_project_activity_TaskId",
                schema: "projects",
                table: "project_activity",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_task_assignees_PrincipalId_Kind",
                schema: "projects",
                table: "task_assignees",
                columns: new[] { "PrincipalId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_PredecessorId_SuccessorId",
                schema: "projects",
                table: "task_dependencies",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_ProjectId",
                schema: "projects",
                table: "task_dependencies",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_SuccessorId",
                schema: "projects",
                table: "task_dependencies",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_task_labels_Label",
                schema: "projects",
                table: "task_labels",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_task_watchers_UserId",
                schema: "projects",
                table: "task_watchers",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_tasks_milestones_MilestoneId",
                schema: "projects",
                table: "tasks",
                column: "MilestoneId",
                principalSchema: "projects",
                principalTable: "milestones",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_tasks_tasks_ParentId",
                schema: "projects",
                table: "tasks",
                column: "ParentId",
                principalSchema: "projects",
                principalTable: "tasks",
                principalColumn: "Id");

            // Data of the first version: assignees that were user ids become person assignees (other values were free
            // text no one could resolve), every project gets the default statuses its tasks already use, and cards keep
            // their numbering order on the board.
            migrationBuilder.Sql(@"INSERT INTO [projects].[task_assignees] ([TaskId], [Kind], [PrincipalId])
SELECT [Id], N'Person', TRY_CONVERT(uniqueidentifier, [AssigneeId]) FROM [projects].[tasks]
WHERE TRY_CONVERT(uniqueidentifier, [AssigneeId]) IS NOT NULL;");
            migrationBuilder.Sql(@"INSERT INTO [projects].[task_statuses] ([ProjectId], [Key], [Name], [Category], [Position])
SELECT [Id], N'ToDo', N'To do', N'ToDo', 0 FROM [projects].[projects]
UNION ALL SELECT [Id], N'InProgress', N'In progress', N'InProgress', 1 FROM [projects].[projects]
UNION ALL SELECT [Id], N'Done', N'Done', N'Done', 2 FROM [projects].[projects];");
            migrationBuilder.Sql(@"UPDATE [projects].[tasks] SET [BoardOrder] = [Number];");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                schema: "projects",
                table: "tasks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_tasks_milestones_MilestoneId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_tasks_tasks_ParentId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropTable(
                name: "milestones",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "project_activity",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "project_non_working_days",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "task_assignees",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "task_dependencies",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "task_labels",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "task_statuses",
                schema: "projects");

            migrationBuilder.DropTable(
                name: "task_watchers",
                schema: "projects");

            migrationBuilder.DropIndex(
                name: "IX_tasks_MilestoneId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ParentId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_DueDate",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_Status_BoardOrder",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_projects_DepartmentId",
                schema: "projects",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "BoardOrder",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "DurationDays",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "EstimateHours",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ParentId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "Progress",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "RemainingHours",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ReporterId",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "SchedulingMode",
                schema: "projects",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                schema: "projects",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "HolidayCalendarId",
                schema: "projects",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "WorkingWeekdays",
                schema: "projects",
                table: "projects");

            migrationBuilder.AlterColumn<string>(
                name: "Status",
                schema: "projects",
                table: "tasks",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40);

            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                schema: "projects",
                table: "tasks",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_AssigneeId",
                schema: "projects",
                table: "tasks",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_Status",
                schema: "projects",
                table: "tasks",
                columns: new[] { "ProjectId", "Status" });
        }
    }
}
