using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Metadata = table.Column<string>(type: "TEXT", nullable: false),
                    Path = table.Column<string>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Extraction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IndexedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_search_entries_DocumentId",
                table: "search_entries",
                column: "DocumentId",
                unique: true);

            // The full-text structures EF Core does not model, maintained by the database itself (see SearchIndexSchema).
            migrationBuilder.Sql(Features.Search.SearchIndexSchema.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Features.Search.SearchIndexSchema.SqliteDown);

            migrationBuilder.DropTable(
                name: "search_entries");
        }
    }
}
