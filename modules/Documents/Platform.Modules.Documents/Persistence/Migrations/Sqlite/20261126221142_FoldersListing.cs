using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FoldersListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_length",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "Length", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_name",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "NameKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_type",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "ContentType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_updated",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_listing_length",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_name",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_type",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_updated",
                table: "documents");
        }
    }
}
