using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CertificateWordingAndCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CrestId",
                table: "Institutions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signatories",
                table: "Institutions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "CertificateStatement",
                table: "CourseVersions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateTitle",
                table: "CourseVersions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CredentialSalt",
                table: "Certificates",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CrestId",
                table: "Certificates",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedById",
                table: "Certificates",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationNote",
                table: "Certificates",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signatories",
                table: "Certificates",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Statement",
                table: "Certificates",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Certificates",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Certificates issued before credentials existed get a salt of their own.
            migrationBuilder.Sql("UPDATE \"Certificates\" SET \"CredentialSalt\" = md5(random()::text || \"Id\"::text) WHERE \"CredentialSalt\" = ''");

            migrationBuilder.CreateTable(
                name: "CredentialSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    KeyId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Algorithm = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    PublicJwk = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionCrests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstitutionId = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionCrests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionCrests_AspNetUsers_UploadedByUserId",
                        column: x => x.UploadedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstitutionCrests_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CrestId",
                table: "Institutions",
                column: "CrestId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CrestId",
                table: "Certificates",
                column: "CrestId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_ReplacedById",
                table: "Certificates",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialSigningKeys_Algorithm",
                table: "CredentialSigningKeys",
                column: "Algorithm",
                unique: true,
                filter: "\"RetiredAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CredentialSigningKeys_KeyId",
                table: "CredentialSigningKeys",
                column: "KeyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionCrests_InstitutionId",
                table: "InstitutionCrests",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionCrests_UploadedByUserId",
                table: "InstitutionCrests",
                column: "UploadedByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_Certificates_Certificates_ReplacedById",
                table: "Certificates",
                column: "ReplacedById",
                principalTable: "Certificates",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Certificates_InstitutionCrests_CrestId",
                table: "Certificates",
                column: "CrestId",
                principalTable: "InstitutionCrests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Institutions_InstitutionCrests_CrestId",
                table: "Institutions",
                column: "CrestId",
                principalTable: "InstitutionCrests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Certificates_Certificates_ReplacedById",
                table: "Certificates");

            migrationBuilder.DropForeignKey(
                name: "FK_Certificates_InstitutionCrests_CrestId",
                table: "Certificates");

            migrationBuilder.DropForeignKey(
                name: "FK_Institutions_InstitutionCrests_CrestId",
                table: "Institutions");

            migrationBuilder.DropTable(
                name: "CredentialSigningKeys");

            migrationBuilder.DropTable(
                name: "InstitutionCrests");

            migrationBuilder.DropIndex(
                name: "IX_Institutions_CrestId",
                table: "Institutions");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_CrestId",
                table: "Certificates");

            migrationBuilder.DropIndex(
                name: "IX_Certificates_ReplacedById",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CrestId",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "Signatories",
                table: "Institutions");

            migrationBuilder.DropColumn(
                name: "CertificateStatement",
                table: "CourseVersions");

            migrationBuilder.DropColumn(
                name: "CertificateTitle",
                table: "CourseVersions");

            migrationBuilder.DropColumn(
                name: "CredentialSalt",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "CrestId",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "ReplacedById",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "RevocationNote",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Signatories",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Statement",
                table: "Certificates");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Certificates");
        }
    }
}
