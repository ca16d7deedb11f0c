using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signatories",
                table: "Institutions",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "CertificateStatement",
                table: "CourseVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CertificateTitle",
                table: "CourseVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CredentialSalt",
                table: "Certificates",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "CrestId",
                table: "Certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReplacedById",
                table: "Certificates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationNote",
                table: "Certificates",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Signatories",
                table: "Certificates",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Statement",
                table: "Certificates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Certificates",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // Certificates issued before credentials existed get a salt of their own.
            migrationBuilder.Sql("UPDATE \"Certificates\" SET \"CredentialSalt\" = lower(hex(randomblob(16))) WHERE \"CredentialSalt\" = ''");

            migrationBuilder.CreateTable(
                name: "CredentialSigningKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Algorithm = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PublicJwk = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProtectedPrivateKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CredentialSigningKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionCrests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InstitutionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", nullable: false)
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
