using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FolderRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeepVersions",
                schema: "documents",
                table: "folders",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnRetention",
                schema: "documents",
                table: "folders",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ThinVersionsAfterDays",
                schema: "documents",
                table: "folders",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeepVersions",
                schema: "documents",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "OwnRetention",
                schema: "documents",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "ThinVersionsAfterDays",
                schema: "documents",
                table: "folders");
        }
    }
}
