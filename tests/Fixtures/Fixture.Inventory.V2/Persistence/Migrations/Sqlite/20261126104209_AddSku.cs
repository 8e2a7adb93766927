using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Fixture.Inventory.V2.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddSku : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Sku",
                table: "items",
                type: "TEXT",
                maxLength: 120,
                nullable: false,
                defaultValue: "");

            // Data migration: existing rows get a SKU derived from their name.
            migrationBuilder.Sql("UPDATE items SET \"Sku\" = 'SKU-' || upper(\"Name\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Sku",
                table: "items");
        }
    }
}
