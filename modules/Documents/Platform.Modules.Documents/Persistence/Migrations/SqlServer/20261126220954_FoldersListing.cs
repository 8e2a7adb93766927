using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FoldersListing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_length",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "Length", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_name",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "NameKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_type",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "ContentType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_listing_updated",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "DeletedAt", "UpdatedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_documents_listing_length",
                schema: "documents",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_name",
                schema: "documents",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_type",
                schema: "documents",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_listing_updated",
                schema: "documents",
                table: "documents");
        }
    }
}
