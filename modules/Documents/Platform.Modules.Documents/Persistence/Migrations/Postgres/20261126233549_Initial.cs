using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        // Written out here, as they were on the day, so that later changes cannot rewrite what this migration did.
        private const string FullTextUp = """
            ALTER TABLE documents.search_entries ADD COLUMN "NameVector" tsvector
                GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace("Name", '[!-/:-@[-`{-~]+', ' ', 'g'))) STORED;
            ALTER TABLE documents.search_entries ADD COLUMN "SearchVector" tsvector
                GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, regexp_replace("Name", '[!-/:-@[-`{-~]+', ' ', 'g')), 'A')
                    || setweight(to_tsvector('simple'::regconfig, regexp_replace("Tags" || ' ' || "Metadata", '[!-/:-@[-`{-~]+', ' ', 'g')), 'B')
                    || setweight(to_tsvector('simple'::regconfig, regexp_replace("Path", '[!-/:-@[-`{-~]+', ' ', 'g')), 'C')
                    || setweight(to_tsvector('simple'::regconfig, regexp_replace("Body", '[!-/:-@[-`{-~]+', ' ', 'g')), 'D')) STORED;
            CREATE INDEX "IX_search_entries_SearchVector" ON documents.search_entries USING GIN ("SearchVector");
            """;

        private const string FullTextDown = """
            DROP INDEX IF EXISTS documents."IX_search_entries_SearchVector";
            ALTER TABLE documents.search_entries DROP COLUMN IF EXISTS "SearchVector";
            ALTER TABLE documents.search_entries DROP COLUMN IF EXISTS "NameVector";
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "documents");

            migrationBuilder.CreateTable(
                name: "platform_inbox",
                schema: "documents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox", x => new { x.EventId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox",
                schema: "documents",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "search_entries",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Tags = table.Column<string>(type: "text", nullable: false),
                    Metadata = table.Column<string>(type: "text", nullable: false),
                    Path = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Extraction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IndexedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "spaces",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: true),
                    RootFolderId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "upload_sessions",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FolderId = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedDocumentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_upload_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "folders",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    InheritsAccess = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_folders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_folders_folders_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "documents",
                        principalTable: "folders",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_folders_spaces_SpaceId",
                        column: x => x.SpaceId,
                        principalSchema: "documents",
                        principalTable: "spaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FolderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    NameKey = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    CurrentVersionNumber = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    LockedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_documents_folders_FolderId",
                        column: x => x.FolderId,
                        principalSchema: "documents",
                        principalTable: "folders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "folder_grants",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FolderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrincipalKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PrincipalId = table.Column<Guid>(type: "uuid", nullable: true),
                    RoleName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_folder_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_folder_grants_folders_FolderId",
                        column: x => x.FolderId,
                        principalSchema: "documents",
                        principalTable: "folders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_metadata",
                schema: "documents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_metadata", x => new { x.DocumentId, x.Key });
                    table.ForeignKey(
                        name: "FK_document_metadata_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalSchema: "documents",
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_tags",
                schema: "documents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_tags", x => new { x.DocumentId, x.Value });
                    table.ForeignKey(
                        name: "FK_document_tags_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalSchema: "documents",
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RestoredFrom = table.Column<int>(type: "integer", nullable: true),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_document_versions_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalSchema: "documents",
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "share_links",
                schema: "documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    FolderId = table.Column<Guid>(type: "uuid", nullable: true),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PasswordHash = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MaxDownloads = table.Column<int>(type: "integer", nullable: true),
                    DownloadCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PasswordFailures = table.Column<int>(type: "integer", nullable: false),
                    PasswordFailuresSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_share_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_share_links_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalSchema: "documents",
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_share_links_folders_FolderId",
                        column: x => x.FolderId,
                        principalSchema: "documents",
                        principalTable: "folders",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_tags_Value",
                schema: "documents",
                table: "document_tags",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_DocumentId_Number",
                schema: "documents",
                table: "document_versions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_Hash",
                schema: "documents",
                table: "document_versions",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_documents_DeletedAt",
                schema: "documents",
                table: "documents",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_documents_FolderId_NameKey",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "NameKey" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_documents_FolderId_UpdatedAt",
                schema: "documents",
                table: "documents",
                columns: new[] { "FolderId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_Hash",
                schema: "documents",
                table: "documents",
                column: "Hash");

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

            migrationBuilder.CreateIndex(
                name: "IX_folder_grants_FolderId_PrincipalKind_PrincipalId_RoleName",
                schema: "documents",
                table: "folder_grants",
                columns: new[] { "FolderId", "PrincipalKind", "PrincipalId", "RoleName" });

            migrationBuilder.CreateIndex(
                name: "IX_folder_grants_PrincipalId",
                schema: "documents",
                table: "folder_grants",
                column: "PrincipalId");

            migrationBuilder.CreateIndex(
                name: "IX_folders_DeletedAt",
                schema: "documents",
                table: "folders",
                column: "DeletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_folders_ParentId_NameKey",
                schema: "documents",
                table: "folders",
                columns: new[] { "ParentId", "NameKey" },
                unique: true,
                filter: "\"DeletedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_folders_SpaceId",
                schema: "documents",
                table: "folders",
                column: "SpaceId");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_DispatchedAt",
                schema: "documents",
                table: "platform_outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_Id",
                schema: "documents",
                table: "platform_outbox",
                column: "Id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_search_entries_DocumentId",
                schema: "documents",
                table: "search_entries",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_share_links_DocumentId",
                schema: "documents",
                table: "share_links",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_share_links_FolderId",
                schema: "documents",
                table: "share_links",
                column: "FolderId");

            migrationBuilder.CreateIndex(
                name: "IX_share_links_TokenHash",
                schema: "documents",
                table: "share_links",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spaces_Kind_OwnerId",
                schema: "documents",
                table: "spaces",
                columns: new[] { "Kind", "OwnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_spaces_RootFolderId",
                schema: "documents",
                table: "spaces",
                column: "RootFolderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_upload_sessions_ExpiresAt",
                schema: "documents",
                table: "upload_sessions",
                column: "ExpiresAt");

            // The full-text structures EF Core does not model, maintained by the database itself (docs/modules/documents.md, Search).
            migrationBuilder.Sql(FullTextUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(FullTextDown);

            migrationBuilder.DropTable(
                name: "document_metadata",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "document_tags",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "document_versions",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "folder_grants",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "platform_inbox",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "platform_outbox",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "search_entries",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "share_links",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "upload_sessions",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "folders",
                schema: "documents");

            migrationBuilder.DropTable(
                name: "spaces",
                schema: "documents");
        }
    }
}
