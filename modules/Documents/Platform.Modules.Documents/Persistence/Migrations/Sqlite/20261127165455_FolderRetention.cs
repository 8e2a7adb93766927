using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FolderRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "KeepVersions",
                table: "folders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnRetention",
                table: "folders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "ThinVersionsAfterDays",
                table: "folders",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeepVersions",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "OwnRetention",
                table: "folders");

            migrationBuilder.DropColumn(
                name: "ThinVersionsAfterDays",
                table: "folders");
        }
    }
}
