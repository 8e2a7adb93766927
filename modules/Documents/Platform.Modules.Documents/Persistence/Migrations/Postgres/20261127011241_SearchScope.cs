using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Postgres
{
    /// <summary>
    /// The Scope column of search entries (see Features/Search/SearchScope), filled here from the folder tree. PostgreSQL
    /// plans the join with the readable documents itself, so the column is kept for parity and is not indexed.
    /// </summary>
    public partial class SearchScope : Migration
    {
        private const string FillScope = """
            WITH RECURSIVE chain("FolderId", "AncestorId") AS (
                SELECT "Id", "Id" FROM documents.folders
                UNION
                SELECT chain."FolderId", f."ParentId" FROM chain JOIN documents.folders AS f ON f."Id" = chain."AncestorId"
                WHERE f."ParentId" IS NOT NULL),
            folder_scope AS (
                SELECT "FolderId", string_agg('s' || replace("AncestorId"::text, '-', ''), ' ') AS "Scope" FROM chain GROUP BY "FolderId")
            UPDATE documents.search_entries AS e SET "Scope" = folder_scope."Scope"
            FROM documents.documents AS d JOIN folder_scope ON folder_scope."FolderId" = d."FolderId"
            WHERE d."Id" = e."DocumentId";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                schema: "documents",
                table: "search_entries",
                type: "text",
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql(FillScope);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Scope",
                schema: "documents",
                table: "search_entries");
        }
    }
}
