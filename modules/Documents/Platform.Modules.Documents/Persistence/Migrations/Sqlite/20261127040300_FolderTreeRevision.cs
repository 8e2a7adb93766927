using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// The folder tree's stamp (Domain/FolderTreeRevision): one row, changed with every change to folders or access
    /// entries, so that requests keep the tree in memory until it changes.
    /// </summary>
    public partial class FolderTreeRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "folder_tree_revision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Stamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_folder_tree_revision", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "folder_tree_revision",
                columns: new[] { "Id", "Stamp" },
                values: new object[] { 1, new Guid("6f1e0c4a-4d1b-4f3e-9a57-3c2d8e1b7a90") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "folder_tree_revision");
        }
    }
}
