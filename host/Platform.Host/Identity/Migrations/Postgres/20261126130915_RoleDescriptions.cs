using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Host.Identity.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoleDescriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                schema: "identity",
                table: "roles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Description",
                schema: "identity",
                table: "roles");
        }
    }
}
