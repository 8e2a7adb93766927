using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Projects.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Planning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tasks_AssigneeId",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_Status",
                table: "tasks");


            migrationBuilder.AddColumn<double>(
                name: "BoardOrder",
                table: "tasks",
                type: "REAL",
                nullable: false,
                defaultValue: 0.0);

            migrationBuilder.AddColumn<int>(
                name: "DurationDays",
                table: "tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "EstimateHours",
                table: "tasks",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MilestoneId",
                table: "tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Progress",
                table: "tasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "RemainingHours",
                table: "tasks",
                type: "TEXT",
                precision: 9,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReporterId",
                table: "tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SchedulingMode",
                table: "tasks",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Automatic");

            migrationBuilder.AddColumn<Guid>(
                name: "DepartmentId",
                table: "projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "HolidayCalendarId",
                table: "projects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkingWeekdays",
                table: "projects",
                type: "INTEGER",
                nullable: false,
                defaultValue: 62);

            migrationBuilder.CreateTable(
                name: "milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReachedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Health = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_milestones_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_activity",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Event = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_activity", x => x.Id);
                    table.ForeignKey(
                        name: "FK_project_activity_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "project_non_working_days",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_project_non_working_days", x => new { x.ProjectId, x.Date });
                    table.ForeignKey(
                        name: "FK_project_non_working_days_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_assignees",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PrincipalId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_assignees", x => new { x.TaskId, x.Kind, x.PrincipalId });
                    table.ForeignKey(
                        name: "FK_task_assignees_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_dependencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuccessorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LagDays = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_dependencies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_task_dependencies_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_task_dependencies_tasks_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "tasks",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_task_dependencies_tasks_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "tasks",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "task_labels",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_labels", x => new { x.TaskId, x.Label });
                    table.ForeignKey(
                        name: "FK_task_labels_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_statuses",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    WipLimit = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_statuses", x => new { x.ProjectId, x.Key });
                    table.ForeignKey(
                        name: "FK_task_statuses_projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "task_watchers",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_watchers", x => new { x.TaskId, x.UserId });
                    table.ForeignKey(
                        name: "FK_task_watchers_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_MilestoneId",
                table: "tasks",
                column: "MilestoneId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ParentId",
                table: "tasks",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_DueDate",
                table: "tasks",
                columns: new[] { "ProjectId", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_Status_BoardOrder",
                table: "tasks",
                columns: new[] { "ProjectId", "Status", "BoardOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_projects_DepartmentId",
                table: "projects",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_milestones_ProjectId_Date",
                table: "milestones",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_project_activity_ProjectId_OccurredAt",
                table: "project_activity",
                columns: new[] { "ProjectId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_project_activity_TaskId",
                table: "project_activity",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_task_assignees_PrincipalId_Kind",
                table: "task_assignees",
                columns: new[] { "PrincipalId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_PredecessorId_SuccessorId",
                table: "task_dependencies",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_ProjectId",
                table: "task_dependencies",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_task_dependencies_SuccessorId",
                table: "task_dependencies",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_task_labels_Label",
                table: "task_labels",
                column: "Label");

            migrationBuilder.CreateIndex(
                name: "IX_task_watchers_UserId",
                table: "task_watchers",
                column: "UserId");

            migrationBuilder.AddForeignKey(
                name: "FK_tasks_milestones_MilestoneId",
                table: "tasks",
                column: "MilestoneId",
                principalTable: "milestones",
                principalColumn: "Id");

            migrationBuilder.AddForeignKey(
                name: "FK_tasks_tasks_ParentId",
                table: "tasks",
                column: "ParentId",
                principalTable: "tasks",
                principalColumn: "Id");

            // Data of the first version: assignees that were user ids become person assignees (other values were free
            // text no one could resolve), every project gets the default statuses its tasks already use, and cards keep
            // their numbering order on the board.
            migrationBuilder.Sql(@"INSERT INTO task_assignees (TaskId, Kind, PrincipalId)
SELECT Id, 'Person', upper(AssigneeId) FROM tasks
WHERE length(AssigneeId) = 36 AND upper(AssigneeId) GLOB '[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]-[0-9A-F][0-9A-F][0-9A-F][0-9A-F]-[0-9A-F][0-9A-F][0-9A-F][0-9A-F]-[0-9A-F][0-9A-F][0-9A-F][0-9A-F]-[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]';");
            migrationBuilder.Sql(@"INSERT INTO task_statuses (ProjectId, ""Key"", Name, Category, Position)
SELECT Id, 'ToDo', 'To do', 'ToDo', 0 FROM projects
UNION ALL SELECT Id, 'InProgress', 'In progress', 'InProgress', 1 FROM projects
UNION ALL SELECT Id, 'Done', 'Done', 'Done', 2 FROM projects;");
            migrationBuilder.Sql(@"UPDATE tasks SET BoardOrder = Number;");

            migrationBuilder.DropColumn(
                name: "AssigneeId",
                table: "tasks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_tasks_milestones_MilestoneId",
                table: "tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_tasks_tasks_ParentId",
                table: "tasks");

            migrationBuilder.DropTable(
                name: "milestones");

            migrationBuilder.DropTable(
                name: "project_activity");

            migrationBuilder.DropTable(
                name: "project_non_working_days");

            migrationBuilder.DropTable(
                name: "task_assignees");

            migrationBuilder.DropTable(
                name: "task_dependencies");

            migrationBuilder.DropTable(
                name: "task_labels");

            migrationBuilder.DropTable(
                name: "task_statuses");

            migrationBuilder.DropTable(
                name: "task_watchers");

            migrationBuilder.DropIndex(
                name: "IX_tasks_MilestoneId",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ParentId",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_DueDate",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_tasks_ProjectId_Status_BoardOrder",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_projects_DepartmentId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "BoardOrder",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "DurationDays",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "EstimateHours",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "MilestoneId",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "RemainingHours",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "ReporterId",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "SchedulingMode",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "DepartmentId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "HolidayCalendarId",
                table: "projects");

            migrationBuilder.DropColumn(
                name: "WorkingWeekdays",
                table: "projects");

            migrationBuilder.AddColumn<string>(
                name: "AssigneeId",
                table: "tasks",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_AssigneeId",
                table: "tasks",
                column: "AssigneeId");

            migrationBuilder.CreateIndex(
                name: "IX_tasks_ProjectId_Status",
                table: "tasks",
                columns: new[] { "ProjectId", "Status" });
        }
    }
}
